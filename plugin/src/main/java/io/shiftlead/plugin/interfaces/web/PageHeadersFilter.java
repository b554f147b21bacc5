package io.shiftlead.plugin.interfaces.web;

import io.shiftlead.plugin.infrastructure.runtime.ShiftleadLifecycle;
import io.shiftlead.plugin.infrastructure.security.ApiAccess;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Headers for the sidebar and the admin console: a strict Content-Security-Policy (own scripts
 * only, plus Zendesk's ZAF SDK, which the sidebar loads only inside Zendesk) that still lets the
 * helpdesks frame the pages, no MIME sniffing, no referrer (URLs carry ticket ids). A POST is
 * Zendesk's signed first load of an app location ({@code signedUrls}): {@link SignedPageLoad}
 * answers it with the page and a session, or 401.
 */
@WebFilter(urlPatterns = {"/sidebar/*", "/admin/*"})
public class PageHeadersFilter extends HttpFilter {
  static final String CSP = "default-src 'self'; script-src 'self' https://static.zdassets.com;"
      + " style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none';"
      + " base-uri 'none'; form-action 'self';"
      + " frame-ancestors 'self' https://*.zendesk.com https://*.freshdesk.com"
      + " https://*.freshworks.com https://*.zdusercontent.com";

  private static final Logger LOG = Logger.getLogger(PageHeadersFilter.class.getName());

  @Inject
  ShiftleadLifecycle lifecycle;

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws IOException, ServletException {
    response.setHeader("Content-Security-Policy", CSP);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "no-referrer");
    response.setHeader("Cache-Control", "no-cache");
    if ("POST".equals(request.getMethod())) {
      signedLoad(request, response);
      return;
    }
    chain.doFilter(request, response);
  }

  private void signedLoad(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    ApiAccess access = lifecycle == null ? null : lifecycle.access().orElse(null);
    if (access == null) {
      response.sendError(503, "Shiftlead has not started");
      return;
    }
    String page = request.getServletPath() + (request.getPathInfo() == null ? ""
        : request.getPathInfo());
    SignedPageLoad.Answer answer = SignedPageLoad.answer(access, page,
        request.getParameter("token"), path -> read(request, path));
    if (answer.log() != null) {
      LOG.log(answer.status() == 200 ? Level.INFO : Level.WARNING,
          () -> answer.log() + " (from " + request.getRemoteAddr() + ")");
    }
    response.setStatus(answer.status());
    response.setHeader("Cache-Control", "no-store"); // the page carries a session token
    response.setContentType("text/html;charset=UTF-8");
    byte[] body = answer.html().getBytes(StandardCharsets.UTF_8);
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  private static String read(HttpServletRequest request, String path) {
    try (InputStream in = request.getServletContext().getResourceAsStream(path)) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return null;
    }
  }
}
