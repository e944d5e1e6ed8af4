package org.dataactioncontracts.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A misbehaving vendor on a raw socket (port 0, loopback): it trickles its body, streams one without end, never
 * answers, or answers a fixed response; it counts the requests it read and keeps their bodies.
 */
final class HostileServer implements AutoCloseable {
    /** What the server does once it has read a request. */
    @FunctionalInterface
    interface Behaviour {
        void answer(OutputStream out) throws IOException, InterruptedException;
    }

    private final ServerSocket socket;
    private final AtomicInteger requests = new AtomicInteger();
    private final List<String> bodies = new CopyOnWriteArrayList<>();
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private final Behaviour behaviour;

    private HostileServer(Behaviour behaviour) {
        this.behaviour = behaviour;
        try {
            socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread acceptor = new Thread(this::accept, "hostile-server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Headers at once, then one byte of a JSON body every {@code millis}, never finishing. */
    static HostileServer trickling(long millis) {
        return new HostileServer(out -> {
            out.write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{\"a\":\"".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            while (true) {
                Thread.sleep(millis);
                out.write('x');
                out.flush();
            }
        });
    }

    /** A chunked JSON body of 64 KiB chunks that never ends. */
    static HostileServer endless() {
        byte[] chunk = "x".repeat(64 * 1024).getBytes(StandardCharsets.US_ASCII);
        byte[] head = (Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
        return new HostileServer(out -> {
            out.write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n3\r\n[\"x\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            while (true) {
                out.write(head);
                out.write(chunk);
                out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                // About 60 MB/s: endless all the same, without taking a core of a shared machine.
                Thread.sleep(1);
            }
        });
    }

    /** Reads the request and never answers. */
    static HostileServer silent() {
        return new HostileServer(out -> Thread.sleep(Long.MAX_VALUE));
    }

    /** One fixed answer per request, connection closed after it. */
    static HostileServer answering(int status, String headers, byte[] body) {
        return new HostileServer(out -> {
            out.write(("HTTP/1.1 " + status + " X\r\n" + headers + "Content-Length: " + body.length + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
        });
    }

    String baseUrl() {
        return "http://127.0.0.1:" + socket.getLocalPort();
    }

    int requests() {
        return requests.get();
    }

    /** The request count once it reached {@code expected}, or after two seconds: the last request may still be in flight. */
    int requestsSettled(int expected) {
        long end = System.nanoTime() + 2_000_000_000L;
        while (requests.get() < expected && System.nanoTime() < end) {
            Thread.onSpinWait();
            Thread.yield();
        }
        return requests.get();
    }

    List<String> bodies() {
        return bodies;
    }

    private void accept() {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                open.add(client);
                Thread t = new Thread(() -> serve(client), "hostile-exchange");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket client) {
        try (client; InputStream in = client.getInputStream(); OutputStream out = client.getOutputStream()) {
            String head = readHead(in);
            if (head.isEmpty()) {
                return;
            }
            int length = 0;
            for (String line : head.split("\r\n")) {
                if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                    length = Integer.parseInt(line.substring(15).strip());
                }
            }
            bodies.add(new String(in.readNBytes(length), StandardCharsets.UTF_8));
            requests.incrementAndGet();
            behaviour.answer(out);
        } catch (IOException | InterruptedException e) {
            // The client went away (as it should at its deadline or cap), or the server closed.
        }
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        int b;
        while ((b = in.read()) >= 0) {
            head.write(b);
            matched = (b == "\r\n\r\n".charAt(matched)) ? matched + 1 : (b == '\r' ? 1 : 0);
            if (matched == 4) {
                return head.toString(StandardCharsets.US_ASCII);
            }
        }
        return "";
    }

    @Override
    public void close() {
        try {
            socket.close();
            for (Socket s : open) {
                s.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
