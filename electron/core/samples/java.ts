/**
 * CheckLogin.java: java.net.http with a KeyManagerFactory over the PKCS#12 keystore (what Betfair's own Java sample
 * uses), opened with the password the bettor chose, read from an environment variable. Java 11+:
 * `java CheckLogin.java` runs it without a build.
 */
import { KIT_ENV } from '../../../shared/bot-kit.js';
import { KIT_PATHS, KIT_TEST_ENV, KIT_TEST_ORIGIN_RULE, SERVER_TEXT_UNSAFE } from './hosts.js';
import { codeString, javaString } from '../quote.js';
import type { SampleInput } from './sample-input.js';

export const JAVA_CHECK_NAME = 'CheckLogin.java';

export function javaCheck(input: SampleInput, keystoreName: string): string {
  return `// Checks the Betfair bot login from this machine: log in with the certificate in ${keystoreName}, keep the
// session alive once, read the account funds, log out. Run it from this folder with: java CheckLogin.java
// Your secrets come from the environment, never from this file:
//   ${KIT_ENV.password}           your Betfair password
//   ${KIT_ENV.keystorePassword}  the password you chose for ${keystoreName}
import java.io.FileInputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

public class CheckLogin {
    static final String USERNAME = ${javaString(input.username)};
    static final String APP_KEY = ${codeString(input.appKey)};
    static String loginHost = ${codeString(input.hosts.certlogin)};
    static String identityHost = ${codeString(input.hosts.identity)};
    static String apiHost = ${codeString(input.hosts.api)};
    static final Pattern UNSAFE = Pattern.compile(${codeString(SERVER_TEXT_UNSAFE)});
    static final Pattern TEST_ORIGIN_RULE = Pattern.compile(${codeString(KIT_TEST_ORIGIN_RULE)});

    /** Server text without escape codes or direction marks, so it cannot play tricks on the terminal. */
    static String clean(String text) {
        return UNSAFE.matcher(text).replaceAll("");
    }

    /** One string field of a flat JSON answer (enough for Betfair's login answers). */
    static String field(String json, String name) {
        Matcher m = Pattern.compile("\\"" + name + "\\"\\\\s*:\\\\s*\\"([^\\"]*)\\"").matcher(json);
        return m.find() ? m.group(1) : "";
    }

    static String env(String name) {
        String value = System.getenv(name);
        return value == null ? "" : value;
    }

    public static void main(String[] args) throws Exception {
        String password = env("${KIT_ENV.password}");
        char[] keystorePassword = env("${KIT_ENV.keystorePassword}").toCharArray();
        if (password.isEmpty() || keystorePassword.length == 0) {
            System.err.println("Set ${KIT_ENV.password} and ${KIT_ENV.keystorePassword} first.");
            System.exit(2);
        }
        // Java reads environment variables in the locale's charset: under LANG=C a letter beyond ASCII arrives as U+FFFD, and
        // Betfair would answer INVALID_USERNAME_OR_PASSWORD to a right password. Say so instead of sending it.
        if (password.indexOf('\\uFFFD') >= 0) {
            System.err.println("${KIT_ENV.password} has letters Java cannot read with this system's language setting"
                    + " (" + System.getProperty("sun.jnu.encoding") + "). Nothing was sent."
                    + " Run it with a UTF-8 locale: LANG=C.UTF-8 java CheckLogin.java");
            System.exit(2);
        }

        // The password you chose when the kit was made opens the keystore ("keystore password was incorrect" otherwise).
        KeyStore keyStore = KeyStore.getInstance("PKCS12");
        try (InputStream in = new FileInputStream("${keystoreName}")) {
            keyStore.load(in, keystorePassword);
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(keyStore, keystorePassword);

        TrustManagerFactory tmf = null;
        // Tests only: a local fake Betfair on 127.0.0.1 or [::1] (never any other address) and the CA it is checked against.
        String testOrigin = env("${KIT_TEST_ENV.origin}");
        if (!testOrigin.isEmpty()) {
            Matcher rule = TEST_ORIGIN_RULE.matcher(testOrigin);
            if (!rule.matches() || Integer.parseInt(rule.group(2)) < 1 || Integer.parseInt(rule.group(2)) > 65535) {
                System.err.println("${KIT_TEST_ENV.origin} must be https://127.0.0.1:PORT or https://[::1]:PORT, nothing else");
                System.exit(2);
            }
            loginHost = identityHost = apiHost = testOrigin.replaceAll("/+$", "");
            String caPath = env("${KIT_TEST_ENV.ca}");
            if (!caPath.isEmpty()) {
                KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
                trust.load(null, null);
                try (InputStream in = new FileInputStream(caPath)) {
                    trust.setCertificateEntry("test-ca", CertificateFactory.getInstance("X.509").generateCertificate(in));
                }
                tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
                tmf.init(trust);
            }
        }
        SSLContext ssl = SSLContext.getInstance("TLS");
        ssl.init(kmf.getKeyManagers(), tmf == null ? null : tmf.getTrustManagers(), null);
        HttpClient http = HttpClient.newBuilder().sslContext(ssl).connectTimeout(Duration.ofSeconds(30)).build();

        String form = "username=" + URLEncoder.encode(USERNAME, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(loginHost + "${KIT_PATHS.certlogin}"))
                .header("X-Application", APP_KEY)
                .header("Accept", "application/json")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        String status = field(login.body(), "loginStatus");
        System.out.println("Login: " + clean(status));
        if (!"SUCCESS".equals(status)) System.exit(1);
        String token = field(login.body(), "sessionToken");

        int exitCode = 0;
        try {
            HttpResponse<String> alive = http.send(session(identityHost + "${KIT_PATHS.keepAlive}", token)
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            System.out.println("Keep alive: " + clean(field(alive.body(), "status")));

            String call = "{\\"jsonrpc\\":\\"2.0\\",\\"method\\":\\"${KIT_PATHS.fundsMethod}\\",\\"params\\":{},\\"id\\":1}";
            HttpResponse<String> funds = http.send(session(apiHost + "${KIT_PATHS.accounts}", token)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(call)).build(), HttpResponse.BodyHandlers.ofString());
            Matcher balance = Pattern.compile("\\"availableToBetBalance\\"\\\\s*:\\\\s*([-0-9.]+)").matcher(funds.body());
            if (balance.find()) System.out.println("Available to bet: " + balance.group(1));
            else {
                System.out.println("Funds: " + clean(field(funds.body(), "errorCode")));
                exitCode = 1;
            }
        } finally {
            HttpResponse<String> out = http.send(session(identityHost + "${KIT_PATHS.logout}", token)
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            System.out.println("Logout: " + clean(field(out.body(), "status")));
        }
        if (exitCode == 0) System.out.println("OK");
        System.exit(exitCode);
    }

    static HttpRequest.Builder session(String url, String token) {
        return HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json")
                .header("X-Application", APP_KEY)
                .header("X-Authentication", token);
    }
}
`;
}
