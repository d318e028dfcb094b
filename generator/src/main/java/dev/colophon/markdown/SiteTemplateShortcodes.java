package dev.colophon.markdown;

/**
 * A site's own shortcodes and includes, from its Pebble templates in {@code templates/shortcodes/}:
 * Hugo's {@code {{< name args >}}} and Jekyll's {@code {% include name.html key="value" %}}.
 */
final class SiteTemplateShortcodes implements Shortcode {
    @Override
    public String expand(ShortcodeCall call, ShortcodeContext context) {
        SiteShortcodes own = context.own();
        if (own == null) {
            return null;
        }
        String name = call.name();
        String arguments = call.arguments();
        if (call.syntax() == ShortcodeSyntax.LIQUID) { // {% include figure.html path="a.jpg" %}
            String[] words = arguments.strip().split("\\s+", 2);
            name = words[0];
            arguments = words.length > 1 ? words[1] : "";
        }
        String template = own.template(name);
        return template == null ? null : call.block(own.render(template, ShortcodeCall.arguments(arguments), null, context.page()));
    }
}
