package dev.colophon.comments.config;

/**
 * Which pages' views count: those the site's sitemap lists ({@code sitemap}, the default), so that a
 * forged beacon, a stray path or another site embedding the widget adds nothing; or every page that
 * sends a beacon ({@code all}).
 */
public enum CountedPages {
    SITEMAP, ALL;

    public static CountedPages parse(String value) {
        return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "sitemap" -> SITEMAP;
            case "all" -> ALL;
            default -> throw new IllegalArgumentException("must be sitemap or all");
        };
    }
}
