package org.dataactioncontracts.genesys.internal;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import org.dataactioncontracts.genesys.HttpResult;
import org.dataactioncontracts.genesys.RenderedRequest;
import org.dataactioncontracts.genesys.Transport;

/** Sends rendered requests over real HTTP with the JDK client. */
public final class JdkHttpTransport implements Transport {
    private final URI baseUrl;

    public JdkHttpTransport(URI baseUrl) {
        this.baseUrl = baseUrl;
    }

    @Override
    public HttpResult send(RenderedRequest request, Duration timeout) throws IOException {
        throw new IOException("under construction " + baseUrl);
    }
}
