namespace Toggl.Facade.Tests;

/// <summary>The one INI reader (configparser's dialect, as togglCli writes ~/.togglrc): what it reads, and that a bad line is an error.</summary>
public sealed class IniFileTests
{
    [Fact]
    public void Reads_configparser_text_case_insensitively_with_comments_quotes_and_continuations()
    {
        var ini = TogglIniFile.Parse(
            """
            # written by togglCli
            [AUTH]
            API_TOKEN = "quoted-token"
            ; a comment
            email: 'me@example.com'
            [options]
            empty =
            note = first
              second
            default_wid: 42
            """,
            "rc");

        Assert.Equal("quoted-token", ini["auth", "api_token"]);
        Assert.Equal("me@example.com", ini["Auth", "Email"]);
        Assert.Null(ini["options", "empty"]);
        Assert.Equal("first\nsecond", ini["options", "note"]);
        Assert.Equal("42", ini["options", "default_wid"]);
        Assert.Null(ini["options", "missing"]);
        Assert.Null(ini["absent", "api_token"]);
    }

    [Theory]
    [InlineData("[auth]\ngarbage line\n", 2)]
    [InlineData("[auth]\napi_token x-secret\n", 2)]
    [InlineData("api_token = x-secret\n", 1)]
    [InlineData("[auth\napi_token = x-secret\n", 1)]
    [InlineData("[]\n", 1)]
    [InlineData("[auth]\n= x-secret\n", 2)]
    [InlineData("[auth]\napi_token = a\napi_token = x-secret\n", 3)]
    [InlineData("[auth]\n[options]\n[AUTH]\n", 3)]
    public void A_malformed_line_is_an_error_naming_the_source_and_the_line_never_its_text(string text, int line)
    {
        var error = Assert.Throws<TogglConfigurationException>(() => TogglIniFile.Parse(text, "/home/ada/.togglrc"));

        Assert.StartsWith($"/home/ada/.togglrc, line {line}:", error.Message);
        Assert.DoesNotContain("x-secret", error.Message);
    }

    [Fact]
    public void A_file_that_does_not_exist_holds_no_settings_and_one_that_does_is_named_in_errors()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "config.ini");

        Assert.Null(TogglIniFile.Load(path)["auth", "api_token"]);

        File.WriteAllText(path, "[options]\r\ndefault_wid = 7\r\nbad\r\n");
        var error = Assert.Throws<TogglConfigurationException>(() => TogglIniFile.Load(path));
        Assert.StartsWith($"{path}, line 3:", error.Message);
    }
}
