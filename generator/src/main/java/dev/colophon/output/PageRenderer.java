package dev.colophon.output;

import dev.colophon.site.Fingerprint;
import dev.colophon.site.Page;
import dev.colophon.site.Site;
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
            files.add(render(views, posts.get(i), "post", shown(posts, i, posts.get(i)), vars));
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

    /**
     * The file of one page edited since {@code views} was made, rendered as {@link #files} would render it
     * in a site where only that page changed: in its place among the posts, between the same neighbours.
     * Null when the site has no page from the same source at the same URL and date, whose new place
     * only a whole plan can tell.
     */
    public OutputFile fileOf(Views views, Page edited) {
        List<Page> list = edited.post() ? views.site().posts() : views.site().pages();
        for (int i = 0; i < list.size(); i++) {
            Page old = list.get(i);
            if (!old.source().equals(edited.source())) {
                continue;
            }
            if (!old.url().equals(edited.url()) || !java.util.Objects.equals(old.date(), edited.date())) {
                return null;
            }
            List<Page> withEdit = new ArrayList<>(list);
            withEdit.set(i, edited); // a theme that lists the posts on each page shows this one as it is now
            Site site = views.site();
            Views edit = views.withSite(edited.post()
                    ? new Site(site.config(), withEdit, site.pages(), site.tags(), site.categories(), site.years(), site.embedScript())
                    : new Site(site.config(), site.posts(), withEdit, site.tags(), site.categories(), site.years(), site.embedScript()));
            Map<String, Object> vars = new HashMap<>();
            vars.put("page", edited);
            vars.put("newer", edited.post() && i > 0 ? list.get(i - 1) : null);
            vars.put("older", edited.post() && i + 1 < list.size() ? list.get(i + 1) : null);
            long shown = edited.post() ? shown(list, i, edited) : edited.fingerprint();
            return render(edit, edited, edited.post() ? "post" : "page", shown, vars);
        }
        return null;
    }

    /** What a post's page shows: the post and the two it links to. */
    private static long shown(List<Page> posts, int i, Page post) {
        return Fingerprint.mix(post.fingerprint(), i > 0 ? posts.get(i - 1).fingerprint() : 0,
                i + 1 < posts.size() ? posts.get(i + 1).fingerprint() : 0);
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
