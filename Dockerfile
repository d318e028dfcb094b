# The comment server in a container: built from source with the same Maven command as ./colophon,
# run as an unprivileged user with its SQLite database on a volume. docs/deploy.md explains the settings.
#   docker build -t colophon-comments .
#   docker run -d -p 127.0.0.1:8081:8081 -v colophon-data:/var/lib/colophon \
#     -e COLOPHON_ORIGINS=https://blog.example -e COLOPHON_ADMIN_TOKEN=... colophon-comments

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml ./
COPY generator/pom.xml generator/
COPY comments-server/pom.xml comments-server/
COPY settings-and-text/pom.xml settings-and-text/
COPY generator/src generator/src
COPY comments-server/src comments-server/src
COPY settings-and-text/src settings-and-text/src
COPY themes themes
RUN mvn -B -ntp -DskipTests -f pom.xml package

FROM eclipse-temurin:17-jre
RUN groupadd --system --gid 10001 colophon \
 && useradd --system --uid 10001 --gid colophon --home-dir /var/lib/colophon --shell /usr/sbin/nologin colophon \
 && mkdir -p /var/lib/colophon /opt/colophon \
 && chown colophon:colophon /var/lib/colophon
COPY --from=build /src/comments-server/target/colophon-comments.jar /opt/colophon/colophon-comments.jar
USER colophon
WORKDIR /var/lib/colophon
ENV COLOPHON_HOST=0.0.0.0 \
    COLOPHON_PORT=8081 \
    COLOPHON_DATABASE=/var/lib/colophon/comments.db \
    COLOPHON_TRUST_PROXY=true \
    COLOPHON_LOG_FORMAT=json
VOLUME /var/lib/colophon
EXPOSE 8081
# The parallel collector: a third less CPU per posted comment than G1 (docs/benchmarks.md, session 13)
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-XX:+UseParallelGC", "-jar", "/opt/colophon/colophon-comments.jar"]
CMD ["serve"]
