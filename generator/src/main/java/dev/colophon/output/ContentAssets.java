package dev.colophon.output;

import dev.colophon.settings.SiteConfig;
import dev.colophon.site.Page;
import dev.colophon.site.Permalinks;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Publishes the files found among the content that are not Markdown. A file in a page bundle (a folder
 * with an {@code index.md}: Hugo's leaf bundles, Zola's colocated assets) goes beside its page, so
 * {@code ![](photo.jpg)} in {@code posts/trip/index.md} works wherever the permalink puts the page; the
 * nearest bundle owns it, and a draft's files stay out with the draft. Any other file keeps its path,
 * as Jekyll and JBake copy them: {@code assets/logo.png} in the content folder is published at
 * {@code /assets/logo.png}.
 */
public final class ContentAssets {
    private final Path root;
    private final SiteConfig config;

    public ContentAssets(Path root, SiteConfig config) {
        this.root = root;
        this.config = config;
    }

    /**
     * @param assets relative paths of the files to publish, with their fingerprints
     * @param bundles every bundle folder (relative), drafts included
     * @param published the published page of each bundle folder that has one
     */
    public List<OutputFile> files(Map<Path, Long> assets, Set<Path> bundles, Map<Path, Page> published) {
        List<OutputFile> files = new ArrayList<>(assets.size());
        for (Map.Entry<Path, Long> entry : assets.entrySet()) {
            Path asset = entry.getKey();
            Path owner = owner(asset, bundles);
            String path;
            if (owner == null) {
                path = slashed(config.withinContent(asset)); // its path in the content folder
            } else if (published.containsKey(owner)) {
                path = Permalinks.folderOf(published.get(owner).url()) + slashed(owner.relativize(asset));
            } else {
                continue; // the bundle's page is a draft or scheduled: its files wait with it
            }
            files.add(OutputFile.copy(path, root.resolve(asset), entry.getValue()));
        }
        return files;
    }

    /** Whether a source is the page of a bundle: {@code index.md} in a folder below the content's top. */
    public boolean isBundle(Path source) {
        String name = source.getFileName().toString();
        return config.withinContent(source).getParent() != null && (name.equals("index.md") || name.equals("index.markdown"));
    }

    private static Path owner(Path asset, Set<Path> bundles) {
        for (Path dir = asset.getParent(); dir != null; dir = dir.getParent()) {
            if (bundles.contains(dir)) {
                return dir;
            }
        }
        return null;
    }

    private static String slashed(Path path) {
        return path.toString().replace('\\', '/');
    }
}
