package io.shiftlead.plugin.interfaces.rest;

import io.shiftlead.plugin.infrastructure.runtime.ShiftleadLifecycle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** {@code /health/ready}: UP once the runtime started and the store answers. */
@Readiness
@ApplicationScoped
public class ReadinessCheck implements HealthCheck {
  @Inject
  ShiftleadLifecycle lifecycle;

  @Override
  public HealthCheckResponse call() {
    boolean up = lifecycle.runtime().map(r -> r.storeReachable()).orElse(false);
    return HealthCheckResponse.named("shiftlead-store").status(up).build();
  }
}
