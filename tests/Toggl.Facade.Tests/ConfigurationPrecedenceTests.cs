using System.Text;

namespace Toggl.Facade.Tests;

/// <summary>
/// The one precedence rule of <see cref="TogglConfiguration.Load(TogglConfigurationSources)"/>: overrides, environment,
/// config file, ~/.togglrc, defaults; each value from the first source that has it (real files).
/// </summary>
public sealed class ConfigurationPrecedenceTests : IDisposable
{
    private static readonly string[] Names = ["overrides", "environment", "config file", "togglrc"];

    private readonly TempFolder _folder = new();

    private string ConfigPath => Path.Combine(_folder.Path, "config.ini");

    private string TogglrcPath => Path.Combine(_folder.Path, ".togglrc");

    public void Dispose() => _folder.Dispose();

    /// <summary>Source number <paramref name="source"/> (0 overrides … 3 togglrc) holds the value when bit <paramref name="source"/> of the mask is set.</summary>
    private static bool Has(int mask, int source) => (mask & (1 << source)) != 0;

    private static string Token(int source) => $"token-{source}";

    private static string Workspace(int source) => (source + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Address(int source) => $"https://source{source}.example/api/v9/";

    private TogglConfigurationSources Sources(int credentials, int workspace, int address)
    {
        string Ini(int source) =>
            "[auth]\n" + (Has(credentials, source) ? $"api_token = {Token(source)}\n" : "")
            + "[options]\n" + (Has(workspace, source) ? $"default_wid = {Workspace(source)}\n" : "")
            + (Has(address, source) ? $"base_url = {Address(source)}\n" : "");
        File.WriteAllText(ConfigPath, Ini(2));
        File.WriteAllText(TogglrcPath, Ini(3));
        var environment = new Dictionary<string, string?>
        {
            ["TOGGL_API_TOKEN"] = Has(credentials, 1) ? Token(1) : null,
            ["TOGGL_WORKSPACE_ID"] = Has(workspace, 1) ? Workspace(1) : null,
            ["TOGGL_BASE_URL"] = Has(address, 1) ? Address(1) : null,
        };
        return new TogglConfigurationSources
        {
            Overrides = new TogglConfigurationOverrides
            {
                ApiToken = Has(credentials, 0) ? Token(0) : null,
                WorkspaceId = Has(workspace, 0) ? Workspace(0) : null,
                BaseAddress = Has(address, 0) ? Address(0) : null,
            },
            Environment = environment.GetValueOrDefault,
            ConfigFile = ConfigPath,
            TogglrcFile = TogglrcPath,
        };
    }

    private static int? Winner(int mask) => Enumerable.Range(0, 4).Where(source => Has(mask, source)).Select(s => (int?)s).FirstOrDefault();

    [Fact]
    public void Each_value_comes_from_the_first_source_that_has_it_for_every_subset_of_sources()
    {
        // Exhaustive per value: each value is held by every one of the 16 subsets of the four sources once. The
        // masks are different permutations of 0..15 (odd multipliers mod 16), so the three values never share a
        // layout and one value's source cannot stand in for another's.
        for (var run = 0; run < 16; run++)
        {
            var credentials = run;
            var workspace = (run * 7 + 3) % 16;
            var address = (run * 11 + 5) % 16;
            var config = TogglConfiguration.Load(Sources(credentials, workspace, address));
            var what = $"credentials in {Describe(credentials)}, workspace in {Describe(workspace)}, address in {Describe(address)}";

            var expectedHeader = Winner(credentials) is { } c
                ? "Basic " + System.Convert.ToBase64String(Encoding.UTF8.GetBytes(Token(c) + ":api_token"))
                : null;
            Assert.True(expectedHeader == config.Auth?.Credentials.HeaderValue, what);
            Assert.True((Winner(workspace) is { } w ? long.Parse(Workspace(w), System.Globalization.CultureInfo.InvariantCulture) : (long?)null) == config.WorkspaceId, what);
            // No source: null, which every endpoint reads as Toggl's address (the defaults come last).
            Assert.True((Winner(address) is { } a ? new Uri(Address(a)) : null) == config.BaseAddress, what);
        }
    }

    private static string Describe(int mask) =>
        mask == 0 ? "none" : string.Join("+", Enumerable.Range(0, 4).Where(source => Has(mask, source)).Select(source => Names[source]));

    [Fact]
    public void A_malformed_value_behind_one_that_is_taken_is_no_error()
    {
        File.WriteAllText(TogglrcPath, "[options]\ndefault_wid = not-a-number\nbase_url = ftp://nowhere/\n");

        var config = TogglConfiguration.Load(new TogglConfigurationSources
        {
            Environment = name => name switch { "TOGGL_WORKSPACE_ID" => "5", "TOGGL_BASE_URL" => "https://example.com/api/v9", _ => null },
            TogglrcFile = TogglrcPath,
        });

        Assert.Equal(5, config.WorkspaceId);
        Assert.Equal(new Uri("https://example.com/api/v9/"), config.BaseAddress);
    }

    public static TheoryData<string, string> MalformedWorkspaceSources => new()
    {
        { "overrides", "--workspace" },
        { "environment", "TOGGL_WORKSPACE_ID" },
        { "config file", "config.ini [options] default_wid" },
        { "togglrc", ".togglrc [options] default_wid" },
    };

    [Theory]
    [MemberData(nameof(MalformedWorkspaceSources))]
    public void A_malformed_value_that_is_taken_names_its_source(string source, string named)
    {
        var bad = "[options]\ndefault_wid = -3\nbase_url = http://example.com/\n";
        File.WriteAllText(ConfigPath, source == "config file" ? bad : "");
        File.WriteAllText(TogglrcPath, source == "togglrc" ? bad : "");
        var sources = new TogglConfigurationSources
        {
            Overrides = source == "overrides"
                ? new TogglConfigurationOverrides { WorkspaceId = "-3", WorkspaceIdSource = "--workspace" }
                : TogglConfigurationOverrides.None,
            Environment = name => source == "environment" && name == "TOGGL_WORKSPACE_ID" ? "-3" : null,
            ConfigFile = ConfigPath,
            TogglrcFile = TogglrcPath,
        };

        var error = Assert.Throws<TogglConfigurationException>(() => TogglConfiguration.Load(sources));

        Assert.Contains(named, error.Message);
    }

    [Fact]
    public void A_token_that_is_taken_and_malformed_is_named_without_its_value()
    {
        File.WriteAllText(ConfigPath, $"[auth]\napi_token = \"{Canary.Token} x\"\n");

        var error = Assert.Throws<TogglConfigurationException>(() =>
            TogglConfiguration.Load(new TogglConfigurationSources { Environment = null, ConfigFile = ConfigPath, TogglrcFile = null }));

        Assert.Contains("config.ini [auth] api_token", error.Message);
        Canary.AssertAbsent(error);
    }

    [Fact]
    public void Missing_files_and_no_environment_give_nothing_and_the_endpoint_uses_Toggls_address()
    {
        var config = TogglConfiguration.Load(new TogglConfigurationSources
        {
            Overrides = new TogglConfigurationOverrides { ApiToken = Canary.Token, WorkspaceId = "9" },
            Environment = null,
            ConfigFile = Path.Combine(_folder.Path, "absent.ini"),
            TogglrcFile = Path.Combine(_folder.Path, "absent-rc"),
        });

        Assert.Null(config.BaseAddress);
        using var trackers = config.CreateTrackerEndpoint();
        Assert.Equal(TogglClientOptions.DefaultBaseAddress, trackers.BaseAddress);
        Assert.Same(Toggl.Core.HttpSettingsModule.defaultBaseAddress, TogglClientOptions.DefaultBaseAddress);
    }

    [Fact]
    public void Overrides_and_sources_never_show_the_token()
    {
        var overrides = new TogglConfigurationOverrides { ApiToken = Canary.Token, WorkspaceId = "9" };

        Canary.AssertAbsent(overrides.ToString(), "TogglConfigurationOverrides.ToString()");
        Canary.AssertAbsent(new TogglConfigurationSources { Overrides = overrides }.ToString(), "TogglConfigurationSources.ToString()");
    }
}
