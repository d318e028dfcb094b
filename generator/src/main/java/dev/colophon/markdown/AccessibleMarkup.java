package dev.colophon.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ext.anchorlink.AnchorLink;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.html.MutableAttributes;

/**
 * Gives the heading anchor links an accessible name ("Link to section: Task lists"), since their
 * visible "#" is hidden from screen readers. Task-list checkboxes are labelled through their markers
 * (see {@link MarkdownRenderer}).
 */
final class AccessibleMarkup implements HtmlRenderer.HtmlRendererExtension {

    @Override
    public void rendererOptions(MutableDataHolder options) {
        // nothing to set
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.attributeProviderFactory(new IndependentAttributeProviderFactory() {
            @Override
            public AttributeProvider apply(LinkResolverContext context) {
                return AccessibleMarkup::label;
            }
        });
    }

    private static void label(Node node, AttributablePart part, MutableAttributes attributes) {
        if (node instanceof AnchorLink && node.getParent() instanceof Heading heading) {
            attributes.replaceValue("aria-label", "Link to section: " + heading.getText().toString().strip());
        }
    }
}
