using Microsoft.FSharp.Collections;
using Core = Toggl.Core;

namespace Toggl;

/// <summary>Toggl's objects besides trackers: core records to the façade's.</summary>
internal static partial class Convert
{
    public static TogglProject ToFacade(Core.TogglProject project) =>
        new(project.Id, project.Name, Interop.ToNullable(project.ClientId), Interop.ToNullableReference(project.Color), project.Active)
        {
            WorkspaceId = project.WorkspaceId,
            IsPrivate = project.IsPrivate,
            Billable = Interop.ToNullable(project.Billable),
            Template = project.Template,
            EstimatedHours = Interop.ToNullable(project.EstimatedHours),
            Actual = Seconds(Interop.ToNullable(project.ActualSeconds)),
            Rate = Interop.ToNullable(project.Rate),
            Currency = Interop.ToNullableReference(project.Currency),
            StartDate = Interop.ToNullable(project.StartDate),
            EndDate = Interop.ToNullable(project.EndDate),
            At = Interop.ToNullable(project.At),
            ServerDeletedAt = Interop.ToNullable(project.ServerDeletedAt),
        };

    public static ProjectTask ToFacade(Core.TogglTask task) =>
        new()
        {
            Id = task.Id,
            WorkspaceId = task.WorkspaceId,
            ProjectId = task.ProjectId,
            Name = task.Name,
            Active = task.Active,
            Estimate = Seconds(Interop.ToNullable(task.EstimatedSeconds)),
            Tracked = TimeSpan.FromSeconds(task.TrackedSeconds),
            UserId = Interop.ToNullable(task.UserId),
            At = Interop.ToNullable(task.At),
            ServerDeletedAt = Interop.ToNullable(task.ServerDeletedAt),
        };

    public static TogglTag ToFacade(Core.TogglTag tag) =>
        new()
        {
            Id = tag.Id,
            WorkspaceId = tag.WorkspaceId,
            Name = tag.Name,
            CreatorId = Interop.ToNullable(tag.CreatorId),
            At = Interop.ToNullable(tag.At),
            DeletedAt = Interop.ToNullable(tag.DeletedAt),
        };

    public static WorkspaceClient ToFacade(Core.TogglClient client) =>
        new()
        {
            Id = client.Id,
            WorkspaceId = client.WorkspaceId,
            Name = client.Name,
            Archived = client.Archived,
            Notes = Interop.ToNullableReference(client.Notes),
            CreatorId = Interop.ToNullable(client.CreatorId),
            At = Interop.ToNullable(client.At),
        };

    public static TogglWorkspace ToFacade(Core.TogglWorkspace workspace) =>
        new()
        {
            Id = workspace.Id,
            OrganizationId = Interop.ToNullable(workspace.OrganizationId),
            Name = workspace.Name,
            Premium = workspace.Premium,
            Admin = workspace.Admin,
            Role = Interop.ToNullableReference(workspace.Role),
            DefaultHourlyRate = Interop.ToNullable(workspace.DefaultHourlyRate),
            DefaultCurrency = Interop.ToNullableReference(workspace.DefaultCurrency),
            Rounding = workspace.Rounding,
            RoundingMinutes = workspace.RoundingMinutes,
            OnlyAdminsMayCreateProjects = workspace.OnlyAdminsMayCreateProjects,
            OnlyAdminsMayCreateTags = workspace.OnlyAdminsMayCreateTags,
            ProjectsBillableByDefault = workspace.ProjectsBillableByDefault,
            TimeEntryConstraints = workspace.TimeEntryConstraints is { } constraints ? ToFacade(constraints.Value) : null,
            At = Interop.ToNullable(workspace.At),
        };

    public static TogglOrganization ToFacade(Core.TogglOrganization organization) =>
        new()
        {
            Id = organization.Id,
            Name = organization.Name,
            PricingPlanId = Interop.ToNullable(organization.PricingPlanId),
            PricingPlanName = Interop.ToNullableReference(organization.PricingPlanName),
            Admin = organization.Admin,
            Owner = organization.Owner,
            UserCount = Interop.ToNullable(organization.UserCount),
            At = Interop.ToNullable(organization.At),
            ServerDeletedAt = Interop.ToNullable(organization.ServerDeletedAt),
        };

    public static TogglUser ToFacade(Core.TogglMe me) =>
        new()
        {
            Id = me.Id,
            Email = me.Email,
            Fullname = Interop.ToNullableReference(me.Fullname),
            Timezone = Interop.ToNullableReference(me.Timezone),
            DefaultWorkspaceId = Interop.ToNullable(me.DefaultWorkspaceId),
            BeginningOfWeek = me.BeginningOfWeek,
            ImageUrl = Interop.ToNullableReference(me.ImageUrl),
            At = Interop.ToNullable(me.At),
        };

    public static CreatedOrganization ToFacade(Core.CreatedOrganization created) =>
        new(created.Id, created.Name, created.WorkspaceId, created.WorkspaceName);

    public static QuotaBucket ToFacade(Core.QuotaBucket bucket) =>
        new(Interop.ToNullable(bucket.OrganizationId), bucket.Remaining, TimeSpan.FromSeconds(bucket.ResetsInSeconds), bucket.Total);

    public static WorkspaceStatistics ToFacade(Core.WorkspaceStatistics statistics) =>
        new(statistics.Admins, statistics.Groups, statistics.Members);

    public static TimeEntryConstraints ToFacade(Core.TimeEntryConstraints constraints) =>
        new(constraints.Enabled, constraints.DescriptionPresent, constraints.ProjectPresent, constraints.TagPresent, constraints.TaskPresent);

    public static ResourceSyncResult ToFacade(Core.ResourceSyncResult result) =>
        new(
            result.Route.Tag switch
            {
                Core.SyncRoute.Tags.Fresh => ResourceSyncRoute.Fresh,
                Core.SyncRoute.Tags.Related => ResourceSyncRoute.Related,
                _ => ResourceSyncRoute.PerResource,
            },
            result.Requests,
            result.Upserted,
            result.Deleted);

    /// <summary>A core list, each item converted.</summary>
    public static IReadOnlyList<TFacade> ToFacade<TCore, TFacade>(FSharpList<TCore> items, Func<TCore, TFacade> convert) =>
        items.Select(convert).ToArray();

    private static TimeSpan? Seconds(long? seconds) => seconds is { } s ? TimeSpan.FromSeconds(s) : null;
}
