using Core = Toggl.Core;

namespace Toggl;

/// <summary>The façade's bodies and filters to the core's: only what the caller set is sent (see <see cref="BodyField"/>).</summary>
internal static partial class Convert
{
    public static Core.ProjectBody ToCore(ProjectBody body)
    {
        ArgumentNullException.ThrowIfNull(body);
        const ProjectBodyFields known = ProjectBodyFields.ClientId | ProjectBodyFields.Rate | ProjectBodyFields.Currency
            | ProjectBodyFields.EstimatedHours | ProjectBodyFields.StartDate | ProjectBodyFields.EndDate;
        BodyField.KnownFlags(body.Clear, known, nameof(ProjectBody));
        bool Clears(ProjectBodyFields field) => body.Clear.HasFlag(field);
        const string name = nameof(ProjectBody);
        return new Core.ProjectBody(
            BodyField.Reference(body.Name),
            BodyField.Value(body.ClientId, Clears(ProjectBodyFields.ClientId), name, nameof(ProjectBody.ClientId)),
            BodyField.Reference(body.Color),
            BodyField.Value(body.Active),
            BodyField.Value(body.IsPrivate),
            BodyField.Value(body.Billable),
            BodyField.Value(body.Rate, Clears(ProjectBodyFields.Rate), name, nameof(ProjectBody.Rate)),
            BodyField.Reference(body.Currency, Clears(ProjectBodyFields.Currency), name, nameof(ProjectBody.Currency)),
            BodyField.Value(body.EstimatedHours, Clears(ProjectBodyFields.EstimatedHours), name, nameof(ProjectBody.EstimatedHours)),
            BodyField.Value(body.StartDate, Clears(ProjectBodyFields.StartDate), name, nameof(ProjectBody.StartDate)),
            BodyField.Value(body.EndDate, Clears(ProjectBodyFields.EndDate), name, nameof(ProjectBody.EndDate)),
            BodyField.Value(body.Template));
    }

    public static Core.TaskBody ToCore(TaskBody body)
    {
        ArgumentNullException.ThrowIfNull(body);
        BodyField.KnownFlags(body.Clear, TaskBodyFields.Estimate | TaskBodyFields.UserId, nameof(TaskBody));
        const string name = nameof(TaskBody);
        var estimate = body.Estimate is { } e ? (long)e.TotalSeconds : (long?)null;
        return new Core.TaskBody(
            BodyField.Reference(body.Name),
            BodyField.Value(body.Active),
            BodyField.Value(estimate, body.Clear.HasFlag(TaskBodyFields.Estimate), name, nameof(TaskBody.Estimate)),
            BodyField.Value(body.UserId, body.Clear.HasFlag(TaskBodyFields.UserId), name, nameof(TaskBody.UserId)));
    }

    public static Core.ClientBody ToCore(ClientBody body)
    {
        ArgumentNullException.ThrowIfNull(body);
        BodyField.KnownFlags(body.Clear, ClientBodyFields.Notes, nameof(ClientBody));
        return new Core.ClientBody(
            BodyField.Reference(body.Name),
            BodyField.Reference(body.Notes, body.Clear.HasFlag(ClientBodyFields.Notes), nameof(ClientBody), nameof(ClientBody.Notes)));
    }

    public static Core.WorkspaceBody ToCore(WorkspaceBody body)
    {
        ArgumentNullException.ThrowIfNull(body);
        BodyField.KnownFlags(body.Clear, WorkspaceBodyFields.DefaultCurrency | WorkspaceBodyFields.DefaultHourlyRate, nameof(WorkspaceBody));
        const string name = nameof(WorkspaceBody);
        return new Core.WorkspaceBody(
            BodyField.Reference(body.Name),
            BodyField.Reference(body.DefaultCurrency, body.Clear.HasFlag(WorkspaceBodyFields.DefaultCurrency), name, nameof(WorkspaceBody.DefaultCurrency)),
            BodyField.Value(body.DefaultHourlyRate, body.Clear.HasFlag(WorkspaceBodyFields.DefaultHourlyRate), name, nameof(WorkspaceBody.DefaultHourlyRate)),
            BodyField.Value(body.Rounding),
            BodyField.Value(body.RoundingMinutes),
            BodyField.Value(body.OnlyAdminsMayCreateProjects),
            BodyField.Value(body.OnlyAdminsMayCreateTags),
            BodyField.Value(body.ProjectsBillableByDefault));
    }

    public static Core.OrganizationBody ToCore(OrganizationBody body)
    {
        ArgumentNullException.ThrowIfNull(body);
        return new Core.OrganizationBody(BodyField.Reference(body.Name));
    }

    public static Core.MeBody ToCore(UserBody body)
    {
        ArgumentNullException.ThrowIfNull(body);
        return new Core.MeBody(
            BodyField.Reference(body.Fullname),
            BodyField.Reference(body.Email),
            BodyField.Reference(body.Timezone),
            BodyField.Value(body.BeginningOfWeek),
            BodyField.Value(body.DefaultWorkspaceId));
    }

    public static Core.ProjectFilter ToCore(ProjectFilter? filter) =>
        filter is null
            ? Core.ResourceBody.allProjects
            : new Core.ProjectFilter(
                BodyField.Option(filter.Active),
                BodyField.Option(filter.Since),
                Interop.ToFSharpList(filter.ClientIds ?? []),
                Interop.ToReferenceOption(filter.Name),
                BodyField.Option(filter.Billable));

    public static Core.TaskFilter ToCore(TaskFilter? filter) =>
        filter is null
            ? Core.ResourceBody.allTasks
            : new Core.TaskFilter(BodyField.Option(filter.ProjectId), BodyField.Option(filter.Active), BodyField.Option(filter.Since));

    public static Core.ClientFilter ToCore(ClientFilter? filter) =>
        filter is null
            ? Core.ResourceBody.allClients
            : new Core.ClientFilter(
                filter.Status switch
                {
                    ClientStatus.Both => Core.ClientStatus.Both,
                    ClientStatus.Active => Core.ClientStatus.Active,
                    ClientStatus.Archived => Core.ClientStatus.Archived,
                    _ => throw new ArgumentOutOfRangeException(nameof(filter), filter.Status, "ClientFilter.Status is not a ClientStatus."),
                },
                Interop.ToReferenceOption(filter.Name));
}
