/**
 * OkHttp interceptors of the JSM adapter, one concern per class (style rule 9): auth header, user
 * agent, rate-limit header capture and a logger that redacts credentials. Retry is not an interceptor.
 */
package io.shiftlead.connectors.jsm.http;
