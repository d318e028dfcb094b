package dev.colophon.template;

import io.pebbletemplates.pebble.extension.Extension;
import io.pebbletemplates.pebble.extension.ExtensionCustomizer;
import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.tokenParser.TokenParser;
import java.util.List;
import java.util.Map;

/** Pebble's own extensions with the limits a site's templates render under: a bounded range, budgeted loops. */
final class TemplateLimits extends ExtensionCustomizer {
    private final RenderBudget budget;

    TemplateLimits(Extension pebbles, RenderBudget budget) {
        super(pebbles);
        this.budget = budget;
    }

    @Override
    public Map<String, Function> getFunctions() {
        return BoundedRange.replace(super.getFunctions());
    }

    @Override
    public List<TokenParser> getTokenParsers() {
        return BudgetedLoops.replace(super.getTokenParsers(), budget);
    }
}
