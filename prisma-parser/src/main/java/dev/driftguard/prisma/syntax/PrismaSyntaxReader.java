package dev.driftguard.prisma.syntax;

import dev.driftguard.SourceFile;
import dev.driftguard.prisma.ast.Argument;
import dev.driftguard.prisma.ast.Attribute;
import dev.driftguard.prisma.ast.ConfigDeclaration;
import dev.driftguard.prisma.ast.Diagnostics;
import dev.driftguard.prisma.ast.EnumDeclaration;
import dev.driftguard.prisma.ast.Expression;
import dev.driftguard.prisma.ast.FieldDeclaration;
import dev.driftguard.prisma.ast.FieldType;
import dev.driftguard.prisma.ast.ModelDeclaration;
import dev.driftguard.prisma.ast.Name;
import dev.driftguard.prisma.ast.SchemaSyntax;
import dev.driftguard.prisma.ast.Span;
import dev.driftguard.prisma.grammar.PrismaBaseVisitor;
import dev.driftguard.prisma.grammar.PrismaLexer;
import dev.driftguard.prisma.grammar.PrismaParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * The one adapter between the generated ANTLR parser and our syntax tree: nothing else in the project sees an ANTLR
 * type. Lines the grammar keeps as invalid become diagnostics worded as Prisma words them.
 */
public final class PrismaSyntaxReader {

    private static final int DOC_CHANNEL = 2;

    private PrismaSyntaxReader() {
    }

    /** Reads every file into one tree; problems go to {@code diagnostics}. */
    public static SchemaSyntax read(List<SourceFile> files, Diagnostics diagnostics) {
        List<ConfigDeclaration> datasources = new ArrayList<>();
        List<ConfigDeclaration> generators = new ArrayList<>();
        List<ModelDeclaration> models = new ArrayList<>();
        List<EnumDeclaration> enums = new ArrayList<>();
        for (SourceFile file : files) {
            FileReader reader = new FileReader(file, diagnostics);
            CharStream whole = CharStreams.fromString(file.text(), file.path());
            // One block at a time: only that block's tokens and tree are alive, so a schema of thousands of models
            // does not keep millions of tokens in the heap for the garbage collector to copy again and again.
            for (int[] chunk : chunks(file.text())) {
                PrismaParser.SchemaContext tree = reader.parse(new WindowCharStream(whole, chunk[0], chunk[1]));
                for (PrismaParser.TopLevelContext top : tree.topLevel()) {
                    if (top.block() != null) {
                        reader.block(top.block(), datasources, generators, models, enums);
                    } else if (top.invalidLine() != null) {
                        diagnostics.error(reader.span(top.invalidLine()),
                                "Error validating: This line is invalid. It does not start with any known Prisma schema keyword.");
                    }
                }
            }
        }
        return new SchemaSyntax(files, datasources, generators, models, enums);
    }

    /**
     * The file cut after every line whose first token is {@code }}, as {@code [start, end)} pairs of code point
     * indexes (those of ANTLR's char stream). The grammar is line based and no rule goes on past such a line, whether
     * it closes a block or stands alone as an invalid line, so parsing the pieces one by one gives the same tree.
     */
    static List<int[]> chunks(String text) {
        List<int[]> chunks = new ArrayList<>();
        int start = 0;
        int codePoint = 0;
        boolean lineStart = true;
        boolean closing = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean newline = c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'));
            if (newline) {
                if (closing) {
                    chunks.add(new int[] {start, codePoint + 1});
                    start = codePoint + 1;
                }
                lineStart = true;
                closing = false;
            } else if (lineStart && c != '\r' && !isBlank(c)) {
                closing = c == '}';
                lineStart = false;
            }
            if (!Character.isHighSurrogate(c) || i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                codePoint++;
            }
        }
        if (start < codePoint || chunks.isEmpty()) {
            chunks.add(new int[] {start, codePoint});
        }
        return chunks;
    }

    /** The lexer's blanks: {@code WS} in the grammar. */
    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\f' || c == '\u00A0' || c == '\uFEFF';
    }

    /** Reads one file; holds the tokens of the piece being read so that doc comments can be found beside the nodes. */
    private static final class FileReader {
        private final SourceFile file;
        private final Diagnostics diagnostics;
        private CommonTokenStream tokens;

        /** For each code point index, its char index; null when the file has no surrogate pair, so both agree. */
        private final int[] charIndexes;

        FileReader(SourceFile file, Diagnostics diagnostics) {
            this.file = file;
            this.diagnostics = diagnostics;
            this.charIndexes = charIndexes(file.text());
        }

        private static int[] charIndexes(String text) {
            int codePoints = text.codePointCount(0, text.length());
            if (codePoints == text.length()) {
                return null;
            }
            int[] indexes = new int[codePoints + 1];
            int at = 0;
            for (int i = 0; i < codePoints; i++) {
                indexes[i] = at;
                at += Character.charCount(text.codePointAt(at));
            }
            indexes[codePoints] = text.length();
            return indexes;
        }

        PrismaParser.SchemaContext parse(CharStream input) {
            PrismaLexer lexer = new PrismaLexer(input);
            lexer.removeErrorListeners();
            tokens = new CommonTokenStream(lexer);
            PrismaParser parser = new PrismaParser(tokens);
            parser.removeErrorListeners();
            // SLL prediction is enough for almost every schema and much faster; fall back to full LL on failure.
            parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
            parser.setErrorHandler(new org.antlr.v4.runtime.BailErrorStrategy());
            try {
                return parser.schema();
            } catch (ParseCancellationException sllFailed) {
                tokens.seek(0);
                parser.reset();
                parser.getInterpreter().setPredictionMode(PredictionMode.LL);
                parser.setErrorHandler(new org.antlr.v4.runtime.DefaultErrorStrategy());
                parser.addErrorListener(new BaseErrorListener() {
                    @Override
                    public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line,
                                            int charPositionInLine, String msg, RecognitionException e) {
                        Token token = (Token) offendingSymbol;
                        int start = Math.max(0, token.getStartIndex());
                        diagnostics.error(span(start, Math.max(start, token.getStopIndex() + 1)),
                                "Error validating: This line is invalid. It does not start with any known Prisma schema keyword.");
                    }
                });
                return parser.schema();
            }
        }

        void block(PrismaParser.BlockContext ctx, List<ConfigDeclaration> datasources,
                   List<ConfigDeclaration> generators, List<ModelDeclaration> models, List<EnumDeclaration> enums) {
            Name name = name(ctx.name);
            Token keyword = ctx.keyword.getStart();
            Span span = span(ctx);
            List<String> docs = documentation(ctx.getStart());
            switch (keyword.getType()) {
                case PrismaLexer.DATASOURCE -> datasources.add(config(ConfigDeclaration.Kind.DATASOURCE, name, ctx, span));
                case PrismaLexer.GENERATOR -> generators.add(config(ConfigDeclaration.Kind.GENERATOR, name, ctx, span));
                case PrismaLexer.ENUM -> enums.add(enumBlock(name, ctx, docs, span));
                case PrismaLexer.VIEW -> models.add(model(ModelDeclaration.Kind.VIEW, name, ctx, docs, span));
                case PrismaLexer.TYPE -> models.add(model(ModelDeclaration.Kind.COMPOSITE_TYPE, name, ctx, docs, span));
                default -> models.add(model(ModelDeclaration.Kind.MODEL, name, ctx, docs, span));
            }
        }

        private ConfigDeclaration config(ConfigDeclaration.Kind kind, Name name, PrismaParser.BlockContext ctx,
                                         Span span) {
            List<ConfigDeclaration.Property> properties = new ArrayList<>();
            String what = kind == ConfigDeclaration.Kind.DATASOURCE ? "datasource" : "generator";
            for (PrismaParser.BlockLineContext line : ctx.blockLine()) {
                PrismaParser.EntryContext entry = line.entry();
                if (entry == null) {
                    continue;
                }
                if (entry.assignment() != null) {
                    PrismaParser.AssignmentContext a = entry.assignment();
                    properties.add(new ConfigDeclaration.Property(name(a.key), expression(a.value), span(a)));
                } else {
                    diagnostics.error(span(entry),
                            "Error validating: This line is not a valid definition within a " + what + ".");
                }
            }
            return new ConfigDeclaration(kind, name, properties, span);
        }

        private ModelDeclaration model(ModelDeclaration.Kind kind, Name name, PrismaParser.BlockContext ctx,
                                       List<String> docs, Span span) {
            List<FieldDeclaration> fields = new ArrayList<>();
            List<Attribute> attributes = new ArrayList<>();
            for (PrismaParser.BlockLineContext line : ctx.blockLine()) {
                PrismaParser.EntryContext entry = line.entry();
                if (entry == null) {
                    continue;
                }
                if (entry.blockAttribute() != null) {
                    attributes.add(attribute(entry.blockAttribute().attributeName(),
                            entry.blockAttribute().arguments(), span(entry.blockAttribute())));
                } else if (entry.member() != null) {
                    PrismaParser.MemberContext member = entry.member();
                    Optional<FieldType> type = Optional.ofNullable(member.fieldType()).map(this::fieldType);
                    if (type.isEmpty()) {
                        diagnostics.error(span(member), "Error validating " + kind.keyword() + " \"" + name.text()
                                + "\": This field declaration is invalid. It is either missing a name or a type.");
                        continue;
                    }
                    if (type.get().list() && type.get().optional()) {
                        diagnostics.error(type.get().span(),
                                "Optional lists are not supported. Use either `Type[]` or `Type?`.");
                    }
                    fields.add(new FieldDeclaration(name(member.name), type, fieldAttributes(member),
                            documentation(member), span(member)));
                } else {
                    diagnostics.error(span(entry),
                            "Error validating: This line is not a valid field or attribute definition.");
                }
            }
            return new ModelDeclaration(kind, name, fields, attributes, docs, span);
        }

        private EnumDeclaration enumBlock(Name name, PrismaParser.BlockContext ctx, List<String> docs, Span span) {
            List<EnumDeclaration.Value> values = new ArrayList<>();
            List<Attribute> attributes = new ArrayList<>();
            for (PrismaParser.BlockLineContext line : ctx.blockLine()) {
                PrismaParser.EntryContext entry = line.entry();
                if (entry == null) {
                    continue;
                }
                if (entry.blockAttribute() != null) {
                    attributes.add(attribute(entry.blockAttribute().attributeName(),
                            entry.blockAttribute().arguments(), span(entry.blockAttribute())));
                } else if (entry.member() != null && entry.member().fieldType() == null) {
                    PrismaParser.MemberContext member = entry.member();
                    values.add(new EnumDeclaration.Value(name(member.name), fieldAttributes(member),
                            documentation(member), span(member)));
                } else {
                    diagnostics.error(span(entry), "Error validating: This line is not an enum value definition.");
                }
            }
            if (values.isEmpty()) {
                diagnostics.error(lineSpan(ctx), "Error validating: An enum must have at least one value.");
            }
            return new EnumDeclaration(name, values, attributes, docs, span);
        }

        private FieldType fieldType(PrismaParser.FieldTypeContext ctx) {
            PrismaParser.TypeReferenceContext ref = ctx.base;
            Name typeName;
            Optional<String> unsupported = Optional.empty();
            if (ref.functionCall() != null) {
                PrismaParser.FunctionCallContext call = ref.functionCall();
                typeName = new Name(call.path().getText(), span(call.path()));
                unsupported = call.arguments().argument().stream()
                        .filter(a -> a.value.getStart().getType() == PrismaLexer.STRING)
                        .map(a -> StringLiterals.unescape(a.value.getText()))
                        .findFirst();
            } else {
                typeName = name(ref.identifier());
            }
            return new FieldType(typeName, unsupported, ctx.list != null, ctx.optional != null, span(ctx));
        }

        private List<Attribute> fieldAttributes(PrismaParser.MemberContext member) {
            return member.fieldAttribute().stream()
                    .map(a -> attribute(a.attributeName(), a.arguments(), span(a)))
                    .toList();
        }

        private Attribute attribute(PrismaParser.AttributeNameContext name, PrismaParser.ArgumentsContext args,
                                    Span span) {
            return new Attribute(new Name(name.getText(), span(name)), arguments(args), span);
        }

        private List<Argument> arguments(PrismaParser.ArgumentsContext args) {
            if (args == null) {
                return List.of();
            }
            return args.argument().stream()
                    .map(a -> new Argument(Optional.ofNullable(a.name).map(this::name), expression(a.value), span(a)))
                    .toList();
        }

        private Expression expression(PrismaParser.ExpressionContext ctx) {
            return ctx.accept(new ExpressionBuilder());
        }

        /** Builds our expressions from the labelled alternatives of the {@code expression} rule. */
        private final class ExpressionBuilder extends PrismaBaseVisitor<Expression> {
            @Override
            public Expression visitCallExpression(PrismaParser.CallExpressionContext ctx) {
                PrismaParser.FunctionCallContext call = ctx.functionCall();
                return new Expression.FunctionValue(call.path().getText(), arguments(call.arguments()), span(ctx));
            }

            @Override
            public Expression visitArrayExpression(PrismaParser.ArrayExpressionContext ctx) {
                return new Expression.ArrayValue(ctx.array().expression().stream().map(e -> e.accept(this)).toList(),
                        span(ctx));
            }

            @Override
            public Expression visitObjectExpression(PrismaParser.ObjectExpressionContext ctx) {
                return new Expression.ObjectValue(arguments(ctx.object().argument()), span(ctx));
            }

            @Override
            public Expression visitStringExpression(PrismaParser.StringExpressionContext ctx) {
                return new Expression.StringValue(StringLiterals.unescape(ctx.getText()), span(ctx));
            }

            @Override
            public Expression visitNumberExpression(PrismaParser.NumberExpressionContext ctx) {
                return new Expression.NumberValue(ctx.getText(), span(ctx));
            }

            @Override
            public Expression visitPathExpression(PrismaParser.PathExpressionContext ctx) {
                return new Expression.PathValue(ctx.getText(), span(ctx));
            }
        }

        private List<Argument> arguments(List<PrismaParser.ArgumentContext> args) {
            return args.stream()
                    .map(a -> new Argument(Optional.ofNullable(a.name).map(this::name), expression(a.value), span(a)))
                    .toList();
        }

        /** The {@code ///} lines right above a node and the one that ends its line, as Prisma attaches them. */
        private List<String> documentation(ParserRuleContext node) {
            List<String> lines = new ArrayList<>(documentation(node.getStart()));
            for (int i = node.getStop().getTokenIndex() + 1; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                if (t.getChannel() != DOC_CHANNEL) {
                    break;
                }
                lines.add(t.getText().substring(3).trim());
            }
            return lines;
        }

        /**
         * The {@code ///} lines right above {@code first}: plain {@code //} lines between them are skipped, a blank
         * line or any other token ends them, and a {@code ///} at the end of a line belongs to that line.
         */
        private List<String> documentation(Token first) {
            List<String> lines = new ArrayList<>();
            boolean lineEmpty = true;
            for (int i = first.getTokenIndex() - 1; i >= 0; i--) {
                Token t = tokens.get(i);
                if (t.getType() == PrismaLexer.NL) {
                    if (lineEmpty && i < first.getTokenIndex() - 1 && !lines.isEmpty()) {
                        break;
                    }
                    lineEmpty = true;
                    continue;
                }
                if (!lineEmpty || !startsLine(i)) {
                    break;
                }
                if (t.getChannel() == DOC_CHANNEL) {
                    lines.add(0, t.getText().substring(3).trim());
                } else if (t.getType() != PrismaLexer.COMMENT) {
                    break;
                }
                lineEmpty = false;
            }
            return lines;
        }

        /** True when the token at {@code index} is the first of its line (blanks are not tokens: the lexer skips them). */
        private boolean startsLine(int index) {
            return index == 0 || tokens.get(index - 1).getType() == PrismaLexer.NL;
        }

        private Name name(PrismaParser.IdentifierContext ctx) {
            return new Name(ctx.getText(), span(ctx));
        }

        Span span(ParserRuleContext ctx) {
            int start = ctx.getStart().getStartIndex();
            Token stop = ctx.getStop();
            int end = stop == null || stop.getStopIndex() < start ? start : stop.getStopIndex() + 1;
            return span(start, end);
        }

        /** The first line of a block: {@code enum Role {}. */
        private Span lineSpan(PrismaParser.BlockContext ctx) {
            return span(ctx.getStart().getStartIndex(), ctx.LBRACE().getSymbol().getStopIndex() + 1);
        }

        /** ANTLR counts code points, {@link Span} counts chars: they differ after a character outside the BMP. */
        private Span span(int startCodePoint, int endCodePoint) {
            if (charIndexes == null) {
                return new Span(file, startCodePoint, endCodePoint);
            }
            return new Span(file, charIndexes[startCodePoint], charIndexes[endCodePoint]);
        }
    }
}
