using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using Toggl.Cli.Output;

namespace Toggl.Cli.Tests;

/// <summary>The JSON and CSV the tool prints for scripts.</summary>
public class OutputTests
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    private static EntryView Entry(long id, string? description = "Writing", string? project = "Website", bool running = false) => new(
        id,
        WorkspaceId: 9,
        description,
        ProjectId: project is null ? null : 77,
        project,
        Tags: ["deep", "focus"],
        Billable: true,
        Start: new DateTimeOffset(2026, 11, 27, 8, 30, 0, TimeSpan.Zero),
        Stop: running ? null : new DateTimeOffset(2026, 11, 27, 9, 45, 0, TimeSpan.Zero),
        Duration: TimeSpan.FromMinutes(75),
        running);

    [Fact]
    public void An_entry_in_json_has_the_documented_properties_in_order_with_local_times()
    {
        using var doc = JsonDocument.Parse(EntryJson.Entry(Entry(42), Berlin));
        var names = doc.RootElement.EnumerateObject().Select(p => p.Name).ToArray();
        Assert.Equal(["id", "workspace_id", "description", "project_id", "project", "tags", "billable", "start", "stop", "duration_seconds", "running"], names);
        Assert.Equal("2026-11-27T09:30:00+01:00", doc.RootElement.GetProperty("start").GetString());
        Assert.Equal(4500, doc.RootElement.GetProperty("duration_seconds").GetInt64());
        Assert.Equal(["deep", "focus"], doc.RootElement.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
    }

    [Fact]
    public void Missing_values_are_json_null_and_no_entry_is_null()
    {
        using var doc = JsonDocument.Parse(EntryJson.Entry(Entry(1, description: null, project: null, running: true), Berlin));
        Assert.Equal(JsonValueKind.Null, doc.RootElement.GetProperty("description").ValueKind);
        Assert.Equal(JsonValueKind.Null, doc.RootElement.GetProperty("project_id").ValueKind);
        Assert.Equal(JsonValueKind.Null, doc.RootElement.GetProperty("stop").ValueKind);
        Assert.True(doc.RootElement.GetProperty("running").GetBoolean());
        Assert.Equal("null", EntryJson.Entry(null, Berlin).Trim());
    }

    [Fact]
    public void A_list_is_a_json_array_in_the_order_given()
    {
        using var doc = JsonDocument.Parse(EntryJson.Entries([Entry(3), Entry(1), Entry(2)], Berlin));
        Assert.Equal([3L, 1L, 2L], doc.RootElement.EnumerateArray().Select(e => e.GetProperty("id").GetInt64()));
    }

    [Fact]
    public void Property_any_csv_record_reads_back_field_for_field()
    {
        var field = Gen.Elements("a", ",", "\"", "\n", "\r\n", " ", "é", "x y", "\"quoted\"", "")
            .ListOf()
            .Select(parts => string.Concat(parts));
        var record = field.NonEmptyListOf().ToArbitrary();
        Prop.ForAll(record, fields =>
            {
                var parsed = Csv.Parse(Csv.Record(fields));
                return parsed.Count == 1 && parsed[0].SequenceEqual(fields);
            })
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Csv_quotes_only_what_needs_quoting()
    {
        Assert.Equal("plain,\"a,b\",\"say \"\"hi\"\"\",\r\n", Csv.Record(["plain", "a,b", "say \"hi\"", null]));
    }

    [Fact]
    public void Property_visible_text_holds_no_control_character_and_leaves_other_text_alone()
    {
        var text = Gen.Choose(0, 0x2FF).Select(code => (char)code).ArrayOf().Select(chars => new string(chars)).ToArbitrary();
        Prop.ForAll(text, raw =>
            {
                var shown = TerminalText.Visible(raw);
                var controls = raw.Count(TerminalText.IsControl);
                return !shown.Any(TerminalText.IsControl)
                    && shown.Length == raw.Length + 3 * controls
                    && (controls > 0 || shown == raw);
            })
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Control_characters_are_shown_as_backslash_x_and_two_hex_digits()
    {
        Assert.Equal(@"a\x1b]0;t\x07b\x9b\x7f\x0a\x00", TerminalText.Visible("a\u001b]0;t\u0007b\u009b\u007f\n\0"));
        Assert.Equal("", TerminalText.Visible(null));
        Assert.Equal(@"\x1b[[2J", TerminalText.Markup("\u001b[2J"));
    }

    [Fact]
    public void Entry_json_escapes_every_control_character_and_reads_back_exact()
    {
        var raw = new string(Enumerable.Range(0, 0xA0).Select(code => (char)code).ToArray());
        var json = EntryJson.Entry(Entry(1, description: raw, project: raw), Berlin);
        Assert.DoesNotContain(json.TrimEnd('\n').Replace("\n", "", StringComparison.Ordinal), TerminalText.IsControl);
        using var doc = JsonDocument.Parse(json);
        Assert.Equal(raw, doc.RootElement.GetProperty("description").GetString());
    }

    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+49 30", "'+49 30")]
    [InlineData("-fix", "'-fix")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tx", "'\tx")]
    [InlineData("\rx", "'\rx")]
    [InlineData("Writing = fun", "Writing = fun")]
    [InlineData("", "")]
    [InlineData(null, null)]
    public void Csv_user_text_that_a_spreadsheet_would_run_gets_a_leading_quote(string? text, string? written)
    {
        Assert.Equal(written, Csv.UserText(text));
    }
}
