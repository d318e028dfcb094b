package dev.colophon.markdown;

/**
 * A site's own shortcodes and includes, from its Pebble templates in {@code templates/shortcodes/}:
 * Hugo's and Zola's calls of a name Colophon does not know (Jekyll's includes: {@link JekyllIncludeShortcode}).
 */
final class SiteTemplateShortcodes implements Shortcode {
    @Override
    public String expand(ShortcodeCall call, ShortcodeContext context) {
        SiteShortcodes own = context.own();
        if (own == null) {
            return null;
        }
        String template = own.template(call.name());
        return template == null ? null : call.block(own.render(template, call.args(), null, context.page()));
    }
}
