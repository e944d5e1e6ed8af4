package org.dataactioncontracts.http.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One HTTP exchange with a single deadline for connect, headers and body, and a cap on the body size enforced while
 * the body arrives: a vendor trickling its body or streaming it without end cannot hold or fill the JVM.
 */
public final class BoundedExchange {
    /** The response body cap when none is given: 5 MiB (dac's limit, documented in docs/vendor-apis.md). */
    public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;

    /** A complete response within the deadline and the cap. */
    public record Response(int status, Map<String, List<String>> headers, String body) {
    }

    /** The whole exchange, body included, did not complete within the deadline. */
    public static final class DeadlineExceeded extends HttpTimeoutException {
        private static final long serialVersionUID = 1L;

        DeadlineExceeded(String message) {
            super(message);
        }
    }

    /** The body grew past the cap; reading stopped there. */
    public static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge(String message) {
            super(message);
        }
    }

    /** Nothing reached the server: the connection could not be opened (safe to retry any method). */
    public static final class NotConnected extends IOException {
        private static final long serialVersionUID = 1L;

        NotConnected(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private BoundedExchange() {
    }

    /**
     * Sends the request and reads the whole answer within {@code deadline}, the body up to {@code maxBytes}.
     *
     * @throws DeadlineExceeded when connect, headers and body together take longer than {@code deadline}
     * @throws TooLarge         when the body is longer than {@code maxBytes}
     * @throws NotConnected     when the connection could not be opened
     * @throws IOException      when the exchange fails otherwise
     */
    public static Response send(HttpClient client, HttpRequest request, Duration deadline, long maxBytes) throws IOException {
        AtomicReference<Flow.Subscription> subscription = new AtomicReference<>();
        CompletableFuture<HttpResponse<String>> future = client.sendAsync(request, info -> new CappedBody(maxBytes, subscription));
        try {
            HttpResponse<String> response = future.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
            return new Response(response.statusCode(), response.headers().map(), response.body());
        } catch (TimeoutException e) {
            abort(future, subscription);
            throw new DeadlineExceeded("no complete answer within " + seconds(deadline));
        } catch (InterruptedException e) {
            abort(future, subscription);
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for " + request.uri().getHost(), e);
        } catch (CancellationException e) {
            throw new IOException("the exchange was cancelled", e);
        } catch (ExecutionException e) {
            throw unwrap(e.getCause(), deadline);
        }
    }

    private static IOException unwrap(Throwable cause, Duration deadline) {
        // An Error (a full heap, a broken classpath) is never turned into a retryable I/O failure.
        if (cause instanceof Error error) {
            throw error;
        }
        if (cause instanceof TooLarge tooLarge) {
            return new TooLarge(tooLarge.getMessage());
        }
        if (cause instanceof HttpConnectTimeoutException || cause instanceof ConnectException) {
            return new NotConnected(cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage(), cause);
        }
        if (cause instanceof HttpTimeoutException) {
            return new DeadlineExceeded("no complete answer within " + seconds(deadline));
        }
        if (cause instanceof IOException io) {
            // The client wraps a body subscriber's failure; look one level down for ours.
            if (io.getCause() instanceof TooLarge tooLarge) {
                return new TooLarge(tooLarge.getMessage());
            }
            if (io.getCause() instanceof ConnectException) {
                return new NotConnected(io.getMessage(), io);
            }
            return io;
        }
        return new IOException(cause == null ? "the exchange failed" : cause.toString(), cause);
    }

    private static void abort(CompletableFuture<?> future, AtomicReference<Flow.Subscription> subscription) {
        Flow.Subscription s = subscription.get();
        if (s != null) {
            s.cancel();
        }
        future.cancel(true);
    }

    /** {@code 10 s} for whole seconds, otherwise {@code 2500 ms}. */
    public static String seconds(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? (ms / 1000) + " s" : ms + " ms";
    }

    /** Collects the body as UTF-8 text, cancelling the stream as soon as it passes the cap. */
    private static final class CappedBody implements HttpResponse.BodySubscriber<String> {
        private final long maxBytes;
        private final AtomicReference<Flow.Subscription> holder;
        private final CompletableFuture<String> result = new CompletableFuture<>();
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private Flow.Subscription subscription;

        CappedBody(long maxBytes, AtomicReference<Flow.Subscription> holder) {
            this.maxBytes = maxBytes;
            this.holder = holder;
        }

        @Override
        public CompletionStage<String> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            holder.set(s);
            s.request(1);
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            if (result.isDone()) {
                return;
            }
            for (ByteBuffer buffer : buffers) {
                if (bytes.size() + (long) buffer.remaining() > maxBytes) {
                    subscription.cancel();
                    result.completeExceptionally(new TooLarge("the response body is larger than " + maxBytes
                            + " bytes (the response size cap); reading stopped there"));
                    return;
                }
                byte[] chunk = new byte[buffer.remaining()];
                buffer.get(chunk);
                bytes.write(chunk, 0, chunk.length);
            }
            subscription.request(1);
        }

        @Override
        public void onError(Throwable throwable) {
            result.completeExceptionally(throwable);
        }

        @Override
        public void onComplete() {
            result.complete(bytes.toString(StandardCharsets.UTF_8));
        }
    }
}
