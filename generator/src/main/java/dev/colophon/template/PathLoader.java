package dev.colophon.template;

import io.pebbletemplates.pebble.error.LoaderException;
import io.pebbletemplates.pebble.loader.Loader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Loads Pebble templates from a {@link Path}, which may live inside the Colophon jar. */
final class PathLoader implements Loader<String> {
    private final Path root;
    private String suffix = ".peb";

    PathLoader(Path root) {
        this.root = root;
    }

    @Override
    public Reader getReader(String name) {
        try {
            return Files.newBufferedReader(file(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new LoaderException(e, "Could not find template \"" + name + "\" in " + root);
        }
    }

    @Override
    public void setCharset(String charset) {
    }

    @Override
    public void setPrefix(String prefix) {
    }

    @Override
    public void setSuffix(String suffix) {
        this.suffix = suffix;
    }

    @Override
    public String resolveRelativePath(String relativePath, String anchorPath) {
        return null;
    }

    @Override
    public String createCacheKey(String templateName) {
        return templateName;
    }

    @Override
    public boolean resourceExists(String templateName) {
        return Files.isRegularFile(file(templateName));
    }

    private Path file(String name) {
        Path file = root.resolve(name.endsWith(suffix) ? name : name + suffix).normalize();
        if (!file.startsWith(root)) {
            throw new LoaderException(null, "Template \"" + name + "\" is outside " + root);
        }
        return file;
    }
}
