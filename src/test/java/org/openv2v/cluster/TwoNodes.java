package org.openv2v.cluster;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.openv2v.OpenV2VApplication;
import org.openv2v.TestDatabaseInitializer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two nodes of the platform: two whole application contexts in this JVM, each on a random port of
 * its own, both on this run's test database, as two processes behind a load balancer would be. They
 * share nothing but PostgreSQL. Node a starts first (it loads the demo when the database has none),
 * then node b. Reusable: {@link #start(String...)} takes extra properties for both nodes; {@link
 * Node#stop()} stops one, as a node's death would.
 */
public final class TwoNodes implements AutoCloseable {

  private final Node a;
  private final Node b;

  private TwoNodes(Node a, Node b) {
    this.a = a;
    this.b = b;
  }

  /** Starts node a, then node b; each property is {@code name=value}. */
  public static TwoNodes start(String... properties) {
    Node a = Node.start("node-a", properties);
    try {
      return new TwoNodes(a, Node.start("node-b", properties));
    } catch (RuntimeException e) {
      a.stop();
      throw e;
    }
  }

  public Node a() {
    return a;
  }

  public Node b() {
    return b;
  }

  /** Node a for even numbers, node b for odd ones: work spread over both. */
  public Node either(int i) {
    return i % 2 == 0 ? a : b;
  }

  @Override
  public void close() {
    b.stop();
    a.stop();
  }

  /** One node: its Spring context and the port it serves on. */
  public static final class Node {

    private final String id;
    private final ConfigurableApplicationContext context;
    private final int port;

    private Node(String id, ConfigurableApplicationContext context) {
      this.id = id;
      this.context = context;
      this.port = context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    }

    static Node start(String id, String... properties) {
      List<String> all = new ArrayList<>();
      all.add("openv2v.demo=true");
      all.add("openv2v.data-dir=target/test-data");
      all.add("openv2v.security.bcrypt-strength=4");
      all.add("openv2v.cluster.node-id=" + id);
      all.add("server.port=0");
      all.addAll(List.of(properties));
      ConfigurableApplicationContext context =
          new SpringApplicationBuilder(OpenV2VApplication.class)
              .initializers(new TestDatabaseInitializer())
              // As arguments, so that they win over application.yaml as on a command line.
              .run(all.stream().map(each -> "--" + each).toArray(String[]::new));
      return new Node(id, context);
    }

    public String id() {
      return id;
    }

    public int port() {
      return port;
    }

    public URI uri(String path) {
      return URI.create("http://localhost:" + port + path);
    }

    public <T> T bean(Class<T> type) {
      return context.getBean(type);
    }

    public ConfigurableApplicationContext context() {
      return context;
    }

    public boolean running() {
      return context.isActive();
    }

    public void stop() {
      if (context.isActive()) {
        context.close();
      }
    }
  }
}
