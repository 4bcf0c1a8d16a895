package galley.read.yaml;

import galley.diagnostic.Problem;
import galley.read.Located;

import galley.diagnostic.Diagnostics;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A YAML text composed safely into a node tree (no objects are ever constructed), so that every
 * value keeps its line; alias bombs and oversized input are refused.
 */
public final class YamlDocument {

    static final int MAX_ALIASES = 50;
    static final int MAX_CODE_POINTS = 5_000_000;

    private final String path;
    private final int firstLine;

    /**
     * @param path      the file, relative to the book folder, for diagnostics
     * @param firstLine the file line on which the YAML text begins (front matter starts below its fence)
     */
    public YamlDocument(String path, int firstLine) {
        this.path = path;
        this.firstLine = firstLine;
    }

    /** The composed root node, or empty (reported) when the text is not acceptable YAML. */
    public Optional<Node> compose(String text, Diagnostics diagnostics) {
        LoadSettings settings = LoadSettings.builder()
                .setLabel(path)
                .setMaxAliasesForCollections(MAX_ALIASES)
                .setCodePointLimit(MAX_CODE_POINTS)
                .setAllowRecursiveKeys(false)
                .setUseMarks(true)
                .build();
        try {
            return new Compose(settings).composeString(text);
        } catch (MarkedYamlEngineException e) {
            Optional<Mark> mark = e.getProblemMark().or(e::getContextMark);
            String problem = e.getProblem() == null ? "malformed YAML" : e.getProblem();
            Problem.YAML_SYNTAX.report(diagnostics, path, mark.map(this::line).orElse(firstLine),
                    "malformed YAML: " + problem);
        } catch (YamlEngineException e) {
            String why = String.valueOf(e.getMessage());
            String message = why.contains("aliases")
                    ? "YAML refused: it uses more than " + MAX_ALIASES + " aliases of collections"
                    : why.contains("limit") ? "YAML refused: longer than " + MAX_CODE_POINTS + " characters"
                    : "malformed YAML: " + why;
            Problem.YAML_TOO_COMPLEX.report(diagnostics, path, firstLine, message);
        } catch (StackOverflowError e) {
            Problem.YAML_TOO_COMPLEX.report(diagnostics, path, firstLine, "YAML refused: it is nested too deeply");
        }
        return Optional.empty();
    }

    /** The file line on which {@code node} starts. */
    int line(Node node) {
        return node.getStartMark().map(this::line).orElse(firstLine);
    }

    private int line(Mark mark) {
        return firstLine + mark.getLine();
    }

    /** The tuples of a mapping, or empty when {@code node} is no mapping. */
    public static List<NodeTuple> entries(Node node) {
        return node instanceof MappingNode m ? m.getValue() : List.of();
    }

    /** The key of a tuple as text, or empty when it is not a plain value. */
    public static Optional<String> keyText(NodeTuple tuple) {
        return tuple.getKeyNode() instanceof ScalarNode s ? Optional.of(s.getValue()) : Optional.empty();
    }

    /** Whether {@code node} is YAML's null, such as an empty value. */
    static boolean isNull(Node node) {
        return node instanceof ScalarNode && node.getTag().equals(Tag.NULL);
    }

    /** A scalar's text, or empty when {@code node} is a list or mapping. */
    public static Optional<String> scalar(Node node) {
        return node instanceof ScalarNode s ? Optional.of(s.getValue()) : Optional.empty();
    }

    /** A single scalar or a list of scalars as located texts, or empty when anything else is there. */
    Optional<List<Located<String>>> scalarList(Node node) {
        if (node instanceof ScalarNode s) {
            return Optional.of(List.of(new Located<>(s.getValue(), line(node))));
        }
        if (!(node instanceof SequenceNode seq)) {
            return Optional.empty();
        }
        var out = new ArrayList<Located<String>>();
        for (Node item : seq.getValue()) {
            if (!(item instanceof ScalarNode s) || isNull(item)) {
                return Optional.empty();
            }
            out.add(new Located<>(s.getValue(), line(item)));
        }
        return Optional.of(out);
    }
}
