namespace Toggl.Core

// TEMPORARY (helper B): the signatures helper A's branch provides, so the plans compile before the merge.
// Deleted when i11-pure is merged.

[<RequireQualifiedAccess>]
module internal ResourceJson =
    let private pending () : Result<'T, DecodeError> =
        Error { Path = "$"; Message = "pending" }

    let decodeOne (_: ResourceKind) (_: string) : Result<TogglResource, DecodeError> = pending ()
    let decodeList (_: ResourceKind) (_: string) : Result<TogglResource list, DecodeError> = pending ()
    let decodeRelated (_: string) : Result<RelatedData, DecodeError> = pending ()
    let decodeQuota (_: string) : Result<QuotaBucket list, DecodeError> = pending ()
    let decodeStatistics (_: string) : Result<WorkspaceStatistics, DecodeError> = pending ()
    let decodeConstraints (_: string) : Result<TimeEntryConstraints, DecodeError> = pending ()
    let decodeCreatedOrganization (_: string) : Result<CreatedOrganization, DecodeError> = pending ()
    let decodeArchivedProjectIds (_: string) : Result<int64 list, DecodeError> = pending ()
    let toCached (_: TogglResource) : CachedResource = failwith "pending"
    let ofCached (_: CachedResource) : Result<TogglResource, DecodeError> = pending ()

[<RequireQualifiedAccess>]
module internal ResourceRequests =
    let toHttp (_: ResourceRequest) : HttpRequest =
        {
            Method = HttpMethod.Get
            Path = "me"
            Query = ""
            Body = None
        }

[<RequireQualifiedAccess>]
module internal ResourceValidation =
    let validate (_: ResourceRequest) : Result<unit, TogglError> = Ok()
