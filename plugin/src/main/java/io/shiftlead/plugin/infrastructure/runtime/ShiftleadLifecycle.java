package io.shiftlead.plugin.infrastructure.runtime;

import io.shiftlead.plugin.infrastructure.config.ConfigException;
import io.shiftlead.plugin.infrastructure.config.ConfigLoader;
import io.shiftlead.plugin.infrastructure.config.ConfigSource;
import io.shiftlead.plugin.infrastructure.config.ShiftleadConfig;
import io.shiftlead.plugin.infrastructure.connector.ConnectorRegistry;
import io.shiftlead.plugin.infrastructure.security.ApiAccess;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Starts the runtime when the application starts and stops it with the application. An invalid
 * configuration stops start-up: the message names each bad key, and the process exits (status 78)
 * unless {@code -Dshiftlead.exitOnConfigError=false}.
 */
@ApplicationScoped
public class ShiftleadLifecycle {
  private static final Logger LOG = Logger.getLogger(ShiftleadLifecycle.class.getName());

  @Resource
  ManagedScheduledExecutorService scheduler;

  private volatile ShiftleadRuntime runtime;
  private volatile ApiAccess access;

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
    ConnectorRegistry registry = new ConnectorRegistry(getClass().getClassLoader());
    try {
      ConfigSource source = ConfigSource.locate();
      ShiftleadConfig config = new ConfigLoader(registry::settings, System::getenv)
          .load(source.name(), source.yaml());
      LOG.info(() -> "configuration: " + source.name());
      access = new ApiAccess(config.security());
      if (access.open()) {
        LOG.warning("security.tokens and security.zendeskApps are empty: /api/v1 is OPEN to"
            + " anyone who can reach this server (demo mode). Configure API tokens before"
            + " exposing it; see docs/configuration.md#security");
      }
      if (access.signedLoads().configured() && access.sessions().randomKey()) {
        if (config.cluster().enabled()) {
          LOG.warning("security.sessionKey is not set: each cluster member draws its own session"
              + " key, so a session issued by one member is refused by the others. Set"
              + " security.sessionKey to the same ${SHIFTLEAD_SESSION_KEY} on every member.");
        } else {
          LOG.info("security.sessionKey is not set: sessions from signed Zendesk loads use a"
              + " random key and end when this server restarts");
        }
      }
      runtime = ShiftleadRuntime.start(config, registry, scheduler, Clock.systemUTC());
    } catch (ConfigException e) {
      LOG.severe(e.getMessage());
      if (Boolean.parseBoolean(System.getProperty("shiftlead.exitOnConfigError", "true"))) {
        exitSoon(78); // EX_CONFIG: a supervisor must not restart into the same error
      }
      throw e;
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Shiftlead could not start: " + e.getMessage(), e);
      throw e;
    }
  }

  /**
   * Exits from another thread: calling System.exit on the deploying thread deadlocks with the
   * server's shutdown hook, which waits for the deployment to finish. Halts if the hooks hang.
   */
  private static void exitSoon(int status) {
    Thread exit = new Thread(() -> System.exit(status), "shiftlead-config-exit");
    Thread watchdog = new Thread(() -> {
      try {
        Thread.sleep(15_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      Runtime.getRuntime().halt(status);
    }, "shiftlead-config-exit-watchdog");
    watchdog.setDaemon(true);
    watchdog.start();
    exit.start();
  }

  /** Who may call the API; empty until the configuration was read. */
  public Optional<ApiAccess> access() {
    return Optional.ofNullable(access);
  }

  public Optional<ShiftleadRuntime> runtime() {
    return Optional.ofNullable(runtime);
  }

  @PreDestroy
  void stop() {
    if (runtime != null) {
      runtime.close();
    }
  }
}
