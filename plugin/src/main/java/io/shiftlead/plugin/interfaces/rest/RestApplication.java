package io.shiftlead.plugin.interfaces.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The JAX-RS application: everything under {@code /api}. */
@ApplicationPath("/api")
public class RestApplication extends Application {}
