package dev.stressgate.run.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A raw loopback socket server for answers a well-behaved server never gives: headers and then a stalled body, or a
 * body streamed without end. Each connection is served on its own daemon thread; closing the server closes every
 * socket, which ends those threads.
 */
public final class MisbehavingServer implements AutoCloseable {

    /** What to do once the request head has been read. */
    @FunctionalInterface
    public interface Behaviour {
        void answer(InputStream in, OutputStream out) throws IOException;
    }

    /** Headers of a 200 JSON answer declaring 1,000 bytes, ten of them sent, then silence. */
    public static final Behaviour STALL_BODY = (in, out) -> {
        out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"status\":")
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        waitForHangUp(in);
    };

    /** A chunked 200 answer that streams 64 KiB chunks until the client hangs up. */
    public static final Behaviour ENDLESS_BODY = (in, out) -> {
        out.write("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\n\r\n"
                .getBytes(StandardCharsets.US_ASCII));
        byte[] chunk = new byte[64 * 1024];
        java.util.Arrays.fill(chunk, (byte) 'x');
        byte[] head = (Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
        while (true) {
            out.write(head);
            out.write(chunk);
            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
    };

    /** Headers declaring a 1 GiB body, then nothing. */
    public static final Behaviour DECLARE_HUGE_BODY = (in, out) -> {
        out.write("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 1073741824\r\n\r\n"
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        waitForHangUp(in);
    };

    private final ServerSocket listener;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();

    public MisbehavingServer(Behaviour behaviour) throws IOException {
        listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(
                () -> {
                    while (!listener.isClosed()) {
                        try {
                            Socket socket = listener.accept();
                            sockets.add(socket);
                            Thread handler = new Thread(() -> serve(socket, behaviour), "misbehaving-connection");
                            handler.setDaemon(true);
                            handler.start();
                        } catch (IOException closed) {
                            return;
                        }
                    }
                },
                "misbehaving-acceptor");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    private static void serve(Socket socket, Behaviour behaviour) {
        try (socket) {
            readHead(socket.getInputStream());
            behaviour.answer(socket.getInputStream(), socket.getOutputStream());
        } catch (IOException clientGoneOrClosed) {
            // the client hung up or the server was closed: this connection is over
        }
    }

    /** Blocks until the client hangs up or the server closes the socket. */
    private static void waitForHangUp(InputStream in) throws IOException {
        while (in.read() >= 0) {
            // discard
        }
    }

    private static void readHead(InputStream in) throws IOException {
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        int b;
        while (matched < end.length && (b = in.read()) >= 0) {
            matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
        }
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + listener.getLocalPort() + path);
    }

    @Override
    public void close() throws IOException {
        listener.close();
        for (Socket socket : sockets) {
            socket.close();
        }
    }
}
