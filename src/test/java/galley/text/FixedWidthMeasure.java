package galley.text;

/** A text measure for tests: every character is half an em wide, so results are easy to predict. */
public final class FixedWidthMeasure implements TextMeasure {

    @Override
    public float width(String text, TextStyle style) {
        return text.codePointCount(0, text.length()) * style.size() * 0.5f;
    }
}
