package galley.epub;

import galley.model.ImageAsset;
import galley.model.ImageSize;

/**
 * The style attribute that sets an image at the size its author asked for, as a width alone, so
 * that the stylesheet's {@code max-width: 100%} and {@code height: auto} keep it inside the screen
 * and in proportion.
 */
final class ImageStyle {

    private ImageStyle() {
    }

    /**
     * {@code width: …} for {@code size}, or null for an image at its own size. A height asked for
     * becomes the width that gives it, in the same unit; a percentage of the height, the share of
     * the screen's height ({@code vh}), since a page has no height on a screen.
     */
    static String of(ImageSize size, ImageAsset image) {
        if (size.width().isPresent()) {
            return "width: " + size.width().get().css();
        }
        if (size.height().isEmpty()) {
            return null;
        }
        ImageSize.Length height = size.height().get();
        double ratio = (double) Math.max(1, image.width()) / Math.max(1, image.height());
        String css = new ImageSize.Length(height.value() * ratio, height.unit()).css();
        return "width: " + (height.isPercentage() ? css.replace("%", "vh") : css);
    }
}
