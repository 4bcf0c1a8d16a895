package galley.site;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A plain static web host on the loopback interface, serving one folder the way any web server
 * would serve {@code dist/}, and remembering every request it answered.
 */
public final class StaticServer implements AutoCloseable {

    /** One request: the path asked for and the status given. */
    public record Request(String path, int status) {
    }

    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8",
            "xml", "application/atom+xml;profile=opds-catalog;kind=acquisition", "png", "image/png", "jpg", "image/jpeg",
            "epub", "application/epub+zip", "pdf", "application/pdf");

    private final HttpServer server;
    private final Path root;
    private final List<Request> requests = new ArrayList<>();

    private StaticServer(Path root) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    public static StaticServer serve(Path folder) throws IOException {
        return new StaticServer(folder);
    }

    /** The address of a file of the folder, e.g. {@code http://127.0.0.1:41234/index.html}. */
    public String url(String name) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + name;
    }

    public synchronized List<Request> requests() {
        return List.copyOf(requests);
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = URLDecoder.decode(exchange.getRequestURI().getRawPath(), StandardCharsets.UTF_8);
        Path file = root.resolve(path.substring(1)).normalize();
        boolean found = file.startsWith(root) && Files.isRegularFile(file);
        synchronized (this) {
            requests.add(new Request(path, found ? 200 : 404));
        }
        try (exchange) {
            if (!found) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            String name = file.getFileName().toString();
            String type = TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream");
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.sendResponseHeaders(200, Files.size(file));
            try (OutputStream body = exchange.getResponseBody()) {
                Files.copy(file, body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
