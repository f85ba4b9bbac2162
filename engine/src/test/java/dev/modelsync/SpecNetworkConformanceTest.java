package dev.modelsync;

import dev.modelsync.db.Dialect;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/resolution.md: the engine reaches the network for nothing but the configured database (Liquibase's
 * analytics off) — even when the JVM does not set {@code liquibase.analytics.enabled} as surefire
 * does. Every URL connection and every socket asks the default {@link ProxySelector} first, so a
 * recording selector sees each attempt (with analytics on, Liquibase 4.33's update asks for
 * {@code https://config.liquibase.com/analytics.yaml}).
 */
class SpecNetworkConformanceTest {

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void noNetworkButTheDatabase(Dialect d) throws Exception {
        List<URI> seen = Collections.synchronizedList(new ArrayList<>());
        ProxySelector previous = ProxySelector.getDefault();
        String analytics = System.clearProperty("liquibase.analytics.enabled");
        try (SpecKit k = SpecKit.project(d)) {
            k.model("m.yaml", SpecModelConformanceTest.SPEC_EXAMPLE);
            k.seed("s.yaml", "User:\n  - { name: Ann, email: ann@example.com, projects: [{ title: P, UserProject: { role: admin } }] }\n");
            String dbHost = d == Dialect.H2 ? null : URI.create(k.db.url().substring(5)).getHost();
            ProxySelector.setDefault(new ProxySelector() {
                @Override
                public List<Proxy> select(URI uri) {
                    seen.add(uri);
                    return List.of(Proxy.NO_PROXY);
                }

                @Override
                public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {
                    // recorded in select
                }
            });
            ModelSync ms = k.ms();
            assertThat(ms.sync().appliedChangeSets()).isNotEmpty();
            ms.sql();
            assertThat(ms.verify(VerifyOptions.DEFAULT).ok()).isTrue();
            ms.seed();
            k.model("m.yaml", SpecModelConformanceTest.SPEC_EXAMPLE + "  Extra: {}\n");
            assertThat(k.ms().sync().appliedChangeSets()).isNotEmpty();

            // the recorder is live: on PostgreSQL it sees the database's own socket
            if (dbHost != null) assertThat(seen).isNotEmpty();
            assertThat(seen).allSatisfy(uri -> {
                assertThat(uri.getScheme()).isEqualTo("socket");
                assertThat(uri.getHost()).isEqualTo(dbHost);
            });
        } finally {
            ProxySelector.setDefault(previous);
            if (analytics != null) System.setProperty("liquibase.analytics.enabled", analytics);
        }
    }
}
