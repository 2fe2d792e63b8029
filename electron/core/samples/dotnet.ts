/**
 * Program.cs and its project file for .NET: HttpClient with the key from the .pfx, opened with the password the
 * bettor chose (read from an environment variable, never written in the code). Betfair's own C# sample opens its
 * .pfx with an empty password; this one says where the password goes.
 */
import { KIT_ENV } from '../../../shared/bot-kit.js';
import { KIT_PATHS, KIT_TEST_ENV, KIT_TEST_ORIGIN_RULE, SERVER_TEXT_UNSAFE } from './hosts.js';
import { codeString } from '../quote.js';
import type { SampleInput } from './sample-input.js';

export const DOTNET_CHECK_NAME = 'Program.cs';
export const DOTNET_PROJECT_NAME = 'CheckLogin.csproj';

export const DOTNET_PROJECT = `<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net8.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
  </PropertyGroup>
</Project>
`;

export function dotnetCheck(input: SampleInput, keystoreName: string): string {
  return `// Checks the Betfair bot login from this machine: log in with the certificate in ${keystoreName}, keep the
// session alive once, read the account funds, log out. Run it from this folder with: dotnet run
// Your secrets come from the environment, never from this file:
//   ${KIT_ENV.password}           your Betfair password
//   ${KIT_ENV.keystorePassword}  the password you chose for ${keystoreName}
using System.Net.Http;
using System.Net.Http.Headers;
using System.Security.Cryptography.X509Certificates;
using System.Net.Security;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

const string Username = ${codeString(input.username)};
const string AppKey = ${codeString(input.appKey)};
string loginHost = ${codeString(input.hosts.certlogin)};
string identityHost = ${codeString(input.hosts.identity)};
string apiHost = ${codeString(input.hosts.api)};
var unsafeText = new Regex(${codeString(SERVER_TEXT_UNSAFE)});
// Server text without escape codes or direction marks, so it cannot play tricks on the terminal.
string Clean(string? text) => unsafeText.Replace(text ?? "", "");

string password = Environment.GetEnvironmentVariable("${KIT_ENV.password}") ?? "";
string keystorePassword = Environment.GetEnvironmentVariable("${KIT_ENV.keystorePassword}") ?? "";
if (password.Length == 0 || keystorePassword.Length == 0)
{
    Console.Error.WriteLine("Set ${KIT_ENV.password} and ${KIT_ENV.keystorePassword} first.");
    return 2;
}

// The password you chose when the kit was made opens the .pfx (a wrong one throws "The specified network password is not correct").
var certificate = new X509Certificate2(Path.GetFullPath("${keystoreName}"), keystorePassword);

var handler = new HttpClientHandler();
handler.ClientCertificates.Add(certificate);

// Tests only: a local fake Betfair on 127.0.0.1 or [::1] (never any other address) and the CA it is checked against.
// The certificate check stays whole: the name must match and the chain must end at that CA.
string testOrigin = Environment.GetEnvironmentVariable("${KIT_TEST_ENV.origin}") ?? "";
if (testOrigin.Length > 0)
{
    var rule = Regex.Match(testOrigin, ${codeString(KIT_TEST_ORIGIN_RULE)});
    if (!rule.Success || int.Parse(rule.Groups[2].Value) < 1 || int.Parse(rule.Groups[2].Value) > 65535)
    {
        Console.Error.WriteLine("${KIT_TEST_ENV.origin} must be https://127.0.0.1:PORT or https://[::1]:PORT, nothing else");
        return 2;
    }
    loginHost = identityHost = apiHost = testOrigin.TrimEnd('/');
    string caPath = Environment.GetEnvironmentVariable("${KIT_TEST_ENV.ca}") ?? "";
    if (caPath.Length > 0)
    {
        var ca = X509Certificate2.CreateFromPemFile(caPath);
        handler.ServerCertificateCustomValidationCallback = (_, cert, chain, errors) =>
        {
            // Only an untrusted root may be put right (by the test CA); a name mismatch or no certificate never.
            if ((errors & ~SslPolicyErrors.RemoteCertificateChainErrors) != SslPolicyErrors.None) return false;
            if (cert is null || chain is null) return false;
            chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
            chain.ChainPolicy.CustomTrustStore.Add(ca);
            chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
            return chain.Build(cert);
        };
    }
}

using var http = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(30) };
http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
http.DefaultRequestHeaders.Add("X-Application", AppKey);

var form = new FormUrlEncodedContent(new Dictionary<string, string>
{
    ["username"] = Username,
    ["password"] = password,
});
using var loginAnswer = await http.PostAsync(loginHost + "${KIT_PATHS.certlogin}", form);
loginAnswer.EnsureSuccessStatusCode();
using var login = JsonDocument.Parse(await loginAnswer.Content.ReadAsStringAsync());
string status = login.RootElement.GetProperty("loginStatus").GetString() ?? "";
Console.WriteLine("Login: " + Clean(status));
if (status != "SUCCESS") return 1;
string token = login.RootElement.GetProperty("sessionToken").GetString() ?? "";
http.DefaultRequestHeaders.Add("X-Authentication", token);

int exitCode = 0;
try
{
    using var alive = await http.PostAsync(identityHost + "${KIT_PATHS.keepAlive}", null);
    using var aliveJson = JsonDocument.Parse(await alive.Content.ReadAsStringAsync());
    Console.WriteLine("Keep alive: " + Clean(aliveJson.RootElement.GetProperty("status").GetString()));

    var request = new StringContent(
        "{\\"jsonrpc\\":\\"2.0\\",\\"method\\":\\"${KIT_PATHS.fundsMethod}\\",\\"params\\":{},\\"id\\":1}",
        Encoding.UTF8, "application/json");
    using var fundsAnswer = await http.PostAsync(apiHost + "${KIT_PATHS.accounts}", request);
    using var funds = JsonDocument.Parse(await fundsAnswer.Content.ReadAsStringAsync());
    if (funds.RootElement.TryGetProperty("result", out var result))
        Console.WriteLine("Available to bet: " + Clean(result.GetProperty("availableToBetBalance").ToString()));
    else
    {
        Console.WriteLine("Funds: " + Clean(funds.RootElement.GetProperty("error").ToString()));
        exitCode = 1;
    }
}
finally
{
    using var logout = await http.PostAsync(identityHost + "${KIT_PATHS.logout}", null);
    using var outJson = JsonDocument.Parse(await logout.Content.ReadAsStringAsync());
    Console.WriteLine("Logout: " + Clean(outJson.RootElement.GetProperty("status").GetString()));
}
if (exitCode == 0) Console.WriteLine("OK");
return exitCode;
`;
}
