package io.shiftlead.plugin.interfaces.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Headers for the sidebar and the admin console: a strict Content-Security-Policy (own scripts
 * only, plus Zendesk's ZAF SDK, which the sidebar loads only inside Zendesk) that still lets the
 * helpdesks frame the pages, no MIME sniffing, no referrer (URLs carry ticket ids).
 */
@WebFilter(urlPatterns = {"/sidebar/*", "/admin/*"})
public class PageHeadersFilter extends HttpFilter {
  static final String CSP = "default-src 'self'; script-src 'self' https://static.zdassets.com;"
      + " style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none';"
      + " base-uri 'none'; form-action 'self';"
      + " frame-ancestors 'self' https://*.zendesk.com https://*.freshdesk.com"
      + " https://*.freshworks.com https://*.zdusercontent.com";

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws IOException, ServletException {
    response.setHeader("Content-Security-Policy", CSP);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "no-referrer");
    response.setHeader("Cache-Control", "no-cache");
    chain.doFilter(request, response);
  }
}
