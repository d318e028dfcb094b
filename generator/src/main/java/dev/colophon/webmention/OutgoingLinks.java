package dev.colophon.webmention;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import dev.colophon.site.Fingerprint;
import dev.colophon.site.Page;
import dev.colophon.site.Site;

/**
 * Each published post's links to other sites, as the last build found them, kept in
 * {@code .colophon/links.json} for {@code colophon webmention send}. A post is its absolute URL; its
 * {@code hash} changes when its content does, so that an edited post tells its targets again.
 */
public final class OutgoingLinks {
    public static final String FILE = "links.json";
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final java.util.regex.Pattern HTTP = java.util.regex.Pattern.compile("https?://\\S+"); // compiled once, not per link

    /**
     * One post's links and the hash of its content.
     *
     * @param page what the links were read from: the post's fingerprint under the build's inputs, so that
     *     a build reads again only the posts that changed (null where unknown)
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Post(String hash, List<String> links, String page) {
        public Post(String hash, List<String> links) {
            this(hash, links, null);
        }
    }

    private OutgoingLinks() {
    }

    /**
     * Each published post's links to other sites, under the site's public root (the preview serves the
     * same posts under its own address, which no other site could fetch).
     */
    public static Map<String, Post> ofSite(Site site, String publicRoot, long inputs, Map<String, Post> previous) {
        // a parse of each changed post's HTML, after the files are written: both cores are free for it
        Map<String, Post> links = new ConcurrentHashMap<>();
        site.posts().parallelStream().filter(post -> !post.draft() && !post.scheduled()).forEach(post -> {
            String permalink = publicRoot + post.permalink().substring(site.baseUrl().length());
            String page = Long.toHexString(Fingerprint.mix(inputs, post.fingerprint(), Fingerprint.of(permalink)));
            Post before = previous.get(permalink);
            links.put(permalink, before != null && page.equals(before.page()) ? before
                    : of(post.content().toString(), permalink, publicRoot, post.interactions().stream().map(Page.Interaction::url).toList(), page));
        });
        return new TreeMap<>(links);
    }

    /** The http(s) links of a post's rendered content that leave the site, in order, each once. */
    public static Post of(String contentHtml, String permalink, String siteRoot, List<String> responseTo, String page) {
        LinkedHashSet<String> links = new LinkedHashSet<>(responseTo);
        for (String url : HtmlLinks.of(contentHtml, permalink)) {
            if (HTTP.matcher(url).matches() && !url.startsWith(siteRoot + "/") && !url.equals(siteRoot)) {
                links.add(url);
            }
        }
        return new Post(sha256(contentHtml, "\n" + responseTo), List.copyOf(links), page);
    }

    public static void write(Path cacheDir, Map<String, Post> posts) {
        try {
            dev.colophon.resources.PrivateFiles.folder(cacheDir); // .colophon/: the owner's only
            Path file = cacheDir.resolve(FILE);
            Path temp = cacheDir.resolve(FILE + ".tmp");
            JSON.writeValue(temp.toFile(), new TreeMap<>(posts));
            dev.colophon.resources.PrivateFiles.restrict(temp);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + cacheDir.resolve(FILE) + ": " + e.getMessage(), e);
        }
    }

    /** What the last build recorded, or nothing before the first build. */
    public static Map<String, Post> read(Path cacheDir) {
        Path file = cacheDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        try {
            return JSON.readValue(file.toFile(), new TypeReference<TreeMap<String, Post>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + " (delete it and build again): " + e.getMessage(), e);
        }
    }

    /** The hash of the texts one after the other, without copying them into one string first. */
    static String sha256(String... texts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String text : texts) {
                digest.update(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
