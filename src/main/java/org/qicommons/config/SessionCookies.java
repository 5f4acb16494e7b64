package org.qicommons.config;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The session cookie is Secure (HTTPS only) unless {@code QIC_COOKIE_SECURE=false}. Browsers accept
 * Secure cookies from http://localhost, so development works as is; switch it off only for a trial
 * served over plain HTTP on another host name, where browsers would otherwise drop the cookie and
 * nobody could stay signed in. HttpOnly is always set, and SameSite=Lax (glassfish-web.xml).
 */
@WebListener
public class SessionCookies implements ServletContextListener {
    @Override
    public void contextInitialized(ServletContextEvent event) {
        boolean secure = ConfigProvider.getConfig(SessionCookies.class.getClassLoader())
                .getOptionalValue("qic.cookie.secure", Boolean.class)
                .orElse(true);
        event.getServletContext().getSessionCookieConfig().setSecure(secure);
        event.getServletContext().getSessionCookieConfig().setHttpOnly(true);
    }
}
