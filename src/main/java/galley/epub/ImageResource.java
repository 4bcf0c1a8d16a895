package galley.epub;

import galley.assets.ImageInput;
import galley.assets.ImageMotion;
import galley.assets.SvgImage;
import galley.model.ImageFormat;
import galley.model.ImageAsset;
import io.documentnode.epub4j.domain.MediaType;
import io.documentnode.epub4j.domain.MediaTypes;
import io.documentnode.epub4j.domain.Resource;

import java.io.IOException;

/**
 * An image of the book as an epub4j resource whose bytes are read from the asset's file only when
 * the archive is written, so that a book of a hundred photographs never holds them all in memory;
 * an SVG drawing is stored cleaned ({@link SvgImage}), never as its file was written.
 */
final class ImageResource extends Resource {

    private final transient ImageAsset asset;
    private final transient ImageScaler scaler;

    ImageResource(String id, ImageAsset asset, ImageScaler scaler) {
        super(id, null, asset.href(), mediaType(asset.mediaType()));
        this.asset = asset;
        this.scaler = scaler;
    }

    @Override
    public byte[] getData() throws IOException {
        if (asset.format() == ImageFormat.SVG) {
            // a drawing is never scaled; it goes in as cleaned, as the print edition draws it
            return SvgImage.read(asset.file()).document();
        }
        return scaler.fit(asset, ImageInput.readAll(asset.file()));
    }

    /**
     * Whether the image as written moves, read from its file's structure without loading it; an
     * animation the scaler reduced to a still frame still counts, which errs on the side of caution.
     */
    boolean animated() throws IOException {
        return ImageMotion.animated(asset.file());
    }

    @Override
    public long getSize() {
        try {
            return getData().length;
        } catch (IOException e) {
            return 0;
        }
    }

    private static MediaType mediaType(String name) {
        MediaType known = MediaTypes.mediaTypesByName.get(name);
        return known != null ? known : new MediaType(name, "");
    }
}
