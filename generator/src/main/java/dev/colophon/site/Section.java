package dev.colophon.site;

import io.pebbletemplates.pebble.extension.escaper.SafeString;
import java.nio.file.Path;

/**
 * A Hugo or Zola section's list page, as its {@code _index.md} describes it (or a Hugo top-level
 * folder without one): where it is published and how it lists its pages.
 *
 * @param folder the section's folder within the content ({@code posts}, {@code blog/2020})
 * @param url the list's URL, {@code /posts/}
 * @param content the index's rendered Markdown, shown above the list
 * @param sortBy Zola's {@code sort_by}: date (newest first, the default here), title, weight or none (by file)
 * @param paginateBy pages a list page shows; 0 for all on one
 * @param transparent Zola's {@code transparent}: its pages are listed in the parent section too
 * @param fingerprint a hash of the index file, for incremental builds
 */
public record Section(Path folder, String url, String title, SafeString content, String sortBy, int paginateBy,
                      boolean transparent, long fingerprint) {
}
