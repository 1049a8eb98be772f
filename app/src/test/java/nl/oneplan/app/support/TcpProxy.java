package nl.oneplan.app.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP proxy between OnePlan and PostgreSQL, for outages without Docker: it forwards, refuses
 * (every connection closed at once, open ones cut), or hangs (connections accepted, nothing
 * answered, open ones silent).
 */
public final class TcpProxy implements AutoCloseable {

    public enum Mode { FORWARD, REFUSE, HANG }

    private final ServerSocket server;
    private final String targetHost;
    private final int targetPort;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private volatile Mode mode = Mode.FORWARD;

    public TcpProxy(String targetHost, int targetPort) {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        try {
            server = new ServerSocket();
            server.bind(new InetSocketAddress("127.0.0.1", 0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread acceptor = new Thread(this::accept, "tcp-proxy-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public int port() {
        return server.getLocalPort();
    }

    /** Switches the mode; leaving FORWARD cuts or silences every open connection. */
    public void mode(Mode next) {
        mode = next;
        if (next == Mode.REFUSE) {
            open.forEach(TcpProxy::closeQuietly);
            open.clear();
        }
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                if (mode == Mode.REFUSE) {
                    closeQuietly(client);
                    continue;
                }
                open.add(client);
                if (mode == Mode.HANG) {
                    continue;
                }
                Socket upstream = new Socket(targetHost, targetPort);
                open.add(upstream);
                pump(client, upstream);
                pump(upstream, client);
            } catch (IOException e) {
                if (server.isClosed()) {
                    return;
                }
            }
        }
    }

    /** Copies bytes one way while forwarding; in HANG the bytes are swallowed, as by a network that lost them. */
    private void pump(Socket from, Socket to) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[16384];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int read;
                while ((read = in.read(buffer)) >= 0) {
                    if (mode == Mode.FORWARD) {
                        out.write(buffer, 0, read);
                        out.flush();
                    }
                }
            } catch (IOException ignored) {
                // One side went away; the other follows.
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        }, "tcp-proxy-pump");
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // Closing is all that was asked.
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        open.forEach(TcpProxy::closeQuietly);
    }
}
