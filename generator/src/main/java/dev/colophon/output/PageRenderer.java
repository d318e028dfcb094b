package dev.colophon.output;

import dev.colophon.site.Fingerprint;
import dev.colophon.site.Page;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Renders every post (with its newer and older neighbours) and every standalone page. */
public final class PageRenderer {

    public List<OutputFile> files(Views views) {
        List<Page> posts = views.site().posts();
        List<OutputFile> files = new ArrayList<>(posts.size() + views.site().pages().size());
        for (int i = 0; i < posts.size(); i++) {
            Map<String, Object> vars = new HashMap<>();
            vars.put("page", posts.get(i));
            vars.put("newer", i > 0 ? posts.get(i - 1) : null);
            vars.put("older", i + 1 < posts.size() ? posts.get(i + 1) : null);
            long shown = Fingerprint.mix(posts.get(i).fingerprint(), i > 0 ? posts.get(i - 1).fingerprint() : 0,
                    i + 1 < posts.size() ? posts.get(i + 1).fingerprint() : 0);
            files.add(render(views, posts.get(i), "post", shown, vars));
        }
        for (Page page : views.site().pages()) {
            Map<String, Object> vars = new HashMap<>();
            vars.put("page", page);
            vars.put("newer", null);
            vars.put("older", null);
            files.add(render(views, page, "page", page.fingerprint(), vars));
        }
        return files;
    }

    private static OutputFile render(Views views, Page page, String defaultTemplate, long shown, Map<String, Object> vars) {
        if (page.params().get("redirect_to") instanceof String to && !to.isBlank()) { // jekyll-redirect-from's redirect_to
            String target = to.startsWith("/") ? views.site().config().absolute(to) : to;
            return RedirectPage.at(page.url(), target, page.source().toString(), shown);
        }
        // Jekyll sites name layouts such as "default" that this theme lacks; fall back rather than fail.
        // Another generator's layout names (Jekyll's "category", "tag") are not Colophon's list templates,
        // which need a list's variables: such a site's pages take only a layout of its own templates/.
        boolean peer = !views.site().config().migration().is(dev.colophon.settings.peer.Generator.COLOPHON);
        String layout = page.layout();
        boolean usable = layout != null && (peer ? views.hasOwnTemplate(layout) || layout.equals("post") || layout.equals("page")
                : views.hasTemplate(layout));
        String template = usable ? layout : defaultTemplate;
        return views.page(page.url(), template, page.source().toString(), shown, vars);
    }
}
