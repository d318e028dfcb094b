package dev.colophon.template;

import io.pebbletemplates.pebble.lexer.Token;
import io.pebbletemplates.pebble.node.BodyNode;
import io.pebbletemplates.pebble.node.ForNode;
import io.pebbletemplates.pebble.node.RenderableNode;
import io.pebbletemplates.pebble.parser.Parser;
import io.pebbletemplates.pebble.template.EvaluationContextImpl;
import io.pebbletemplates.pebble.template.PebbleTemplateImpl;
import io.pebbletemplates.pebble.tokenParser.TokenParser;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * Pebble's {@code for} tag, parsed as Pebble parses it, whose body spends a turn of the page's
 * {@link RenderBudget} each time it runs: {@code for i in range(1,100000)} inside another such loop
 * stops with an error instead of running for hours, even when it writes nothing.
 */
final class BudgetedLoops {
    private BudgetedLoops() {
    }

    /** The token parsers with {@code for} replaced by the budgeted one. */
    static List<TokenParser> replace(List<TokenParser> parsers, RenderBudget budget) {
        if (parsers == null) {
            return null;
        }
        List<TokenParser> replaced = new ArrayList<>(parsers.size());
        for (TokenParser parser : parsers) {
            replaced.add("for".equals(parser.getTag()) ? new Budgeted(parser, budget) : parser);
        }
        return replaced;
    }

    private record Budgeted(TokenParser pebbles, RenderBudget budget) implements TokenParser {
        @Override
        public String getTag() {
            return "for";
        }

        @Override
        public RenderableNode parse(Token token, Parser parser) {
            ForNode loop = (ForNode) pebbles.parse(token, parser);
            BodyNode body = loop.getBody();
            return new ForNode(loop.getLineNumber(), loop.getIterationVariable(), loop.getIterable(),
                    new Turn(body, loop.getLineNumber(), budget), loop.getElseBody());
        }
    }

    /** A loop's body that spends one turn before each run. */
    private static final class Turn extends BodyNode {
        private final RenderBudget budget;
        private final int loopLine;

        Turn(BodyNode body, int loopLine, RenderBudget budget) {
            super(body.getLineNumber(), body.getChildren());
            setOnlyRenderInheritanceSafeNodes(body.isOnlyRenderInheritanceSafeNodes());
            this.budget = budget;
            this.loopLine = loopLine;
        }

        @Override
        public void render(PebbleTemplateImpl self, Writer writer, EvaluationContextImpl context) throws IOException {
            budget.turn(self.getName(), loopLine);
            super.render(self, writer, context);
        }
    }
}
