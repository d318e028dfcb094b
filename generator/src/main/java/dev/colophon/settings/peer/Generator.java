package dev.colophon.settings.peer;

import java.util.Locale;

/** The generators whose sites Colophon builds as they are, each with its own defaults. */
public enum Generator {
    COLOPHON("Colophon"), HUGO("Hugo"), ZOLA("Zola"), JEKYLL("Jekyll"), JBAKE("JBake");

    private final String displayName;

    Generator(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    /** "hugo" as written in site.yml's {@code generator}, or null for an unknown name. */
    public static Generator named(String name) {
        for (Generator g : values()) {
            if (g.name().equalsIgnoreCase(name.strip())) {
                return g;
            }
        }
        return null;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
