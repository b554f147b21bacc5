/**
 * OkHttp interceptors of the Request Tracker adapter, one concern per class (style rule 9): token
 * auth header, user agent and a logger that redacts credentials. Retry is not an interceptor.
 */
package io.shiftlead.connectors.rt.http;
