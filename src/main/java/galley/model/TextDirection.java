package galley.model;

import java.util.List;

/**
 * Which way a paragraph reads: from right to left when its first letter with a strong direction
 * is Hebrew, Arabic or another right-to-left script, else from left to right. This is the rule of
 * HTML's {@code dir="auto"} (the Unicode bidirectional algorithm's P2 and P3); both editions apply
 * it, so that a Hebrew paragraph in an English book is set the same way in each. A list, a
 * quotation or a table reads the way its first strong letter does, wherever in it that stands.
 */
public final class TextDirection {

    private static final int UNDECIDED = 0;
    private static final int LEFT_TO_RIGHT = 1;
    private static final int RIGHT_TO_LEFT = 2;

    private TextDirection() {
    }

    /** Whether {@code text} reads from right to left. */
    public static boolean rightToLeft(CharSequence text) {
        return firstStrong(text) == RIGHT_TO_LEFT;
    }

    /** Whether the text of {@code inlines} reads from right to left, found without joining it up. */
    public static boolean rightToLeft(List<Inline> inlines) {
        return firstStrong(inlines) == RIGHT_TO_LEFT;
    }

    /**
     * Whether a run of blocks (a list's items, a quotation) reads from right to left: the first
     * strong letter of their text decides, wherever it stands, as for an HTML element with
     * {@code dir="auto"}; a list thus takes its first item's direction.
     */
    public static boolean blocksRightToLeft(List<Block> blocks) {
        return firstStrongOfBlocks(blocks) == RIGHT_TO_LEFT;
    }

    /** Whether a block reads from right to left; a table's cells are read row by row, the header first. */
    public static boolean rightToLeft(Block block) {
        return firstStrong(block) == RIGHT_TO_LEFT;
    }

    private static int firstStrongOfBlocks(List<Block> blocks) {
        for (Block block : blocks) {
            int found = firstStrong(block);
            if (found != UNDECIDED) {
                return found;
            }
        }
        return UNDECIDED;
    }

    private static int firstStrong(Block block) {
        if (block instanceof Block.Paragraph p) {
            return firstStrong(p.content());
        } else if (block instanceof Block.Heading h) {
            return firstStrong(h.content());
        } else if (block instanceof Block.BlockQuote q) {
            return firstStrongOfBlocks(q.blocks());
        } else if (block instanceof Block.LineBlock v) {
            for (List<Inline> line : v.lines()) {
                int found = firstStrong(line);
                if (found != UNDECIDED) {
                    return found;
                }
            }
        } else if (block instanceof Block.Division d) {
            // a direction written on the division outranks its text's first letter
            return d.declaresRightToLeft() ? RIGHT_TO_LEFT : d.declaresLeftToRight() ? LEFT_TO_RIGHT
                    : firstStrongOfBlocks(d.blocks());
        } else if (block instanceof Block.ListBlock l) {
            for (Block.ListItem item : l.items()) {
                int found = firstStrongOfBlocks(item.blocks());
                if (found != UNDECIDED) {
                    return found;
                }
            }
        } else if (block instanceof Block.Figure f) {
            return firstStrong(f.caption());
        } else if (block instanceof Block.CodeBlock c) {
            return firstStrong(c.text());
        } else if (block instanceof Block.Table t) {
            int found = firstStrongOfRows(t.header());
            return found != UNDECIDED ? found : firstStrongOfRows(t.body());
        } else if (block instanceof Block.DefinitionList d) {
            for (Block.Definition item : d.items()) {
                int found = firstStrong(item.term());
                for (int i = 0; found == UNDECIDED && i < item.definitions().size(); i++) {
                    found = firstStrongOfBlocks(item.definitions().get(i));
                }
                if (found != UNDECIDED) {
                    return found;
                }
            }
        }
        return UNDECIDED;
    }

    private static int firstStrongOfRows(List<Block.TableRow> rows) {
        for (Block.TableRow row : rows) {
            for (Block.TableCell cell : row.cells()) {
                int found = firstStrongOfBlocks(cell.blocks());
                if (found != UNDECIDED) {
                    return found;
                }
            }
        }
        return UNDECIDED;
    }

    private static int firstStrong(List<Inline> inlines) {
        for (Inline inline : inlines) {
            int found = UNDECIDED;
            if (inline instanceof Inline.Text t) {
                found = firstStrong(t.text());
            } else if (inline instanceof Inline.Code c) {
                found = firstStrong(c.text());
            } else if (inline instanceof Inline.Styled s) {
                found = firstStrong(s.content());
            } else if (inline instanceof Inline.Link l) {
                found = firstStrong(l.content());
            } else if (inline instanceof Inline.Span s) {
                found = firstStrong(s.content());
            }
            if (found != UNDECIDED) {
                return found;
            }
        }
        return UNDECIDED;
    }

    private static int firstStrong(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 'A') {
                continue; // digits, spaces and punctuation: no strong direction
            }
            byte d = Character.getDirectionality(c);
            if (d == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
                return LEFT_TO_RIGHT;
            }
            if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                return RIGHT_TO_LEFT;
            }
        }
        return UNDECIDED;
    }
}
