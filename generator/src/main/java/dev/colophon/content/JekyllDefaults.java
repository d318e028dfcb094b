package dev.colophon.content;

import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Jekyll's front matter defaults ({@code defaults:} in _config.yml): values by path and type, under
 * the file's own front matter. As Jekyll, a longer path wins over a shorter one, a scope with a type
 * over one without, and otherwise the later entry; maps are merged key by key.
 */
public final class JekyllDefaults {
    /** One entry: the path it applies under ("" for all), the type ("posts", "pages", "drafts", a collection) or null. */
    private record Scope(String path, PathMatcher glob, String type, Map<String, Object> values) {
    }

    private final List<Scope> scopes;

    private JekyllDefaults(List<Scope> scopes) {
        this.scopes = scopes;
    }

    /** The defaults as written in _config.yml (a list of {scope, values}); entries of another shape are passed over. */
    public static JekyllDefaults of(Object written) {
        List<Scope> scopes = new ArrayList<>();
        if (written instanceof List<?> list) {
            for (Object entry : list) {
                if (entry instanceof Map<?, ?> e && e.get("values") instanceof Map<?, ?> values) {
                    Map<?, ?> scope = e.get("scope") instanceof Map<?, ?> s ? s : Map.of();
                    String path = scope.get("path") == null ? "" : scope.get("path").toString().replaceAll("^/+|/+$", "");
                    PathMatcher glob = path.contains("*") ? java.nio.file.FileSystems.getDefault().getPathMatcher("glob:" + path) : null;
                    Object type = scope.get("type");
                    scopes.add(new Scope(path, glob, type == null ? null : type.toString(), copy(values)));
                }
            }
        }
        return new JekyllDefaults(List.copyOf(scopes));
    }

    public boolean isEmpty() {
        return scopes.isEmpty();
    }

    /** The front matter with the defaults that apply to this file beneath it. */
    public FrontMatter apply(Path relative, FrontMatter fm) {
        if (scopes.isEmpty()) {
            return fm;
        }
        String type = typeOf(relative);
        String path = relative.toString().replace('\\', '/');
        Map<String, Object> merged = new LinkedHashMap<>();
        Scope best = null;
        for (Scope scope : scopes) {
            if (applies(scope, path, relative, type) && (best == null || outranks(scope, best))) {
                merge(merged, scope.values());
                best = scope;
            } else if (applies(scope, path, relative, type)) {
                Map<String, Object> under = copy(scope.values()); // a weaker scope: only what stronger ones left unset
                merge(under, merged);
                merged = under;
            }
        }
        if (merged.isEmpty()) {
            return fm;
        }
        merge(merged, fm.fields());
        return new FrontMatter(fm.format(), merged, fm.lines(), fm.body(), fm.bodyLine());
    }

    private static boolean applies(Scope scope, String path, Path relative, String type) {
        boolean inPath = scope.glob() != null ? scope.glob().matches(relative) || matchesFolder(scope.glob(), relative)
                : scope.path().isEmpty() || path.equals(scope.path()) || path.startsWith(scope.path() + "/");
        return inPath && (scope.type() == null || scope.type().equals(type) || type.equals("drafts") && scope.type().equals("posts"));
    }

    private static boolean matchesFolder(PathMatcher glob, Path relative) {
        for (Path folder = relative.getParent(); folder != null; folder = folder.getParent()) {
            if (glob.matches(folder)) {
                return true;
            }
        }
        return false;
    }

    /** Jekyll's precedence: the longer path, then a type over none; on a tie the later entry. */
    private static boolean outranks(Scope later, Scope earlier) {
        if (later.path().length() != earlier.path().length()) {
            return later.path().length() > earlier.path().length();
        }
        return later.type() != null || earlier.type() == null;
    }

    /** Jekyll's type of a file: posts, drafts, a collection's name (its folder _NAME), or pages. */
    private static String typeOf(Path relative) {
        for (Path part : relative) {
            String name = part.toString();
            if (name.equals("_posts")) {
                return "posts";
            }
            if (name.equals("_drafts")) {
                return "drafts";
            }
        }
        String first = relative.getName(0).toString();
        return relative.getNameCount() > 1 && first.startsWith("_") ? first.substring(1) : "pages";
    }

    @SuppressWarnings("unchecked")
    private static void merge(Map<String, Object> into, Map<String, Object> over) {
        over.forEach((key, value) -> {
            if (value instanceof Map<?, ?> m && into.get(key) instanceof Map<?, ?> existing) {
                Map<String, Object> both = copy(existing);
                merge(both, (Map<String, Object>) m);
                into.put(key, both);
            } else {
                into.put(key, value);
            }
        });
    }

    private static Map<String, Object> copy(Map<?, ?> map) {
        Map<String, Object> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(String.valueOf(k), v));
        return out;
    }
}
