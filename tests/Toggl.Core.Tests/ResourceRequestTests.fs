module Toggl.Core.Tests.ResourceRequestTests

open System
open Expecto
open FsCheck
open FsCheck.FSharp
open Toggl.Core
open Toggl.Core.Tests.JsonTests
open Toggl.Core.Tests.ResourceJsonTests

/// The query string's parameters as (name, value), percent-decoding both.
let private parse (query: string) =
    if String.IsNullOrEmpty query then
        []
    else
        query.Split('&')
        |> Array.map (fun pair ->
            let index = pair.IndexOf('=')
            Uri.UnescapeDataString(pair.Substring(0, index)), Uri.UnescapeDataString(pair.Substring(index + 1)))
        |> List.ofArray

let private genBool = ArbMap.defaults |> ArbMap.generate<bool>

let private genSince = Gen.optionOf genInstant

let private genProjectFilter =
    gen {
        let! active = Gen.optionOf genBool
        let! since = genSince
        let! clientIds = Gen.listOf genId
        let! name = Gen.optionOf genText
        let! billable = Gen.optionOf genBool

        return
            {
                Active = active
                Since = since
                ClientIds = clientIds
                Name = name
                Billable = billable
            }
    }

let private genTaskFilter =
    gen {
        let! projectId = Gen.optionOf genId
        let! active = Gen.optionOf genBool
        let! since = genSince

        return
            {
                ProjectId = projectId
                Active = active
                Since = since
            }
    }

let private genClientFilter =
    gen {
        let! status = Gen.elements [ ClientStatus.Active; ClientStatus.Archived; ClientStatus.Both ]
        let! name = Gen.optionOf genText
        return { Status = status; Name = name }
    }

let private genPage = Gen.choose (1, 500)

/// Every request of the contract, with ids, bodies and filters generated.
let private genRequest =
    let body = ResourceBody.project

    Gen.oneof
        [
            Gen.map ResourceRequest.Me genBool
            Gen.constant ResourceRequest.MeLogged
            Gen.constant ResourceRequest.MeQuota
            Gen.constant (ResourceRequest.MeUpdate ResourceBody.me)
            Gen.constant ResourceRequest.WorkspaceList
            Gen.map ResourceRequest.Workspace genId
            Gen.map (fun id -> ResourceRequest.WorkspaceCreate(id, ResourceBody.workspace)) genId
            Gen.map (fun id -> ResourceRequest.WorkspaceUpdate(id, ResourceBody.workspace)) genId
            Gen.map ResourceRequest.WorkspaceStatistics genId
            Gen.map ResourceRequest.WorkspaceConstraints genId
            Gen.constant ResourceRequest.OrganizationList
            Gen.map ResourceRequest.Organization genId
            Gen.map2 (fun a b -> ResourceRequest.OrganizationCreate(a, b)) genText genText
            Gen.map (fun id -> ResourceRequest.OrganizationUpdate(id, { Name = Field.Set "x" })) genId
            Gen.map ResourceRequest.OrganizationLeave genId
            Gen.map3 (fun w f p -> ResourceRequest.ProjectList(w, f, p)) genId genProjectFilter genPage
            Gen.map2 (fun w p -> ResourceRequest.Project(w, p)) genId genId
            Gen.map (fun w -> ResourceRequest.ProjectCreate(w, body)) genId
            Gen.map2 (fun w p -> ResourceRequest.ProjectUpdate(w, p, body)) genId genId
            Gen.map2 (fun w p -> ResourceRequest.ProjectDelete(w, p)) genId genId
            Gen.map3 (fun w f p -> ResourceRequest.TaskList(w, f, p)) genId genTaskFilter genPage
            Gen.map3 (fun w p t -> ResourceRequest.Task(w, p, t)) genId genId genId
            Gen.map2 (fun w p -> ResourceRequest.TaskCreate(w, p, ResourceBody.task)) genId genId
            Gen.map3 (fun w p t -> ResourceRequest.TaskUpdate(w, p, t, ResourceBody.task)) genId genId genId
            Gen.map3 (fun w p t -> ResourceRequest.TaskDelete(w, p, t)) genId genId genId
            Gen.map ResourceRequest.TagList genId
            Gen.map (fun w -> ResourceRequest.TagCreate(w, { Name = Field.Set "t" })) genId
            Gen.map2 (fun w t -> ResourceRequest.TagUpdate(w, t, { Name = Field.Set "t" })) genId genId
            Gen.map2 (fun w t -> ResourceRequest.TagDelete(w, t)) genId genId
            Gen.map2 (fun w f -> ResourceRequest.ClientList(w, f)) genId genClientFilter
            Gen.map2 (fun w c -> ResourceRequest.Client(w, c)) genId genId
            Gen.map (fun w -> ResourceRequest.ClientCreate(w, ResourceBody.client)) genId
            Gen.map2 (fun w c -> ResourceRequest.ClientUpdate(w, c, ResourceBody.client)) genId genId
            Gen.map2 (fun w c -> ResourceRequest.ClientArchive(w, c)) genId genId
            Gen.map2 (fun w c -> ResourceRequest.ClientRestore(w, c)) genId genId
            Gen.map2 (fun w c -> ResourceRequest.ClientDelete(w, c)) genId genId
        ]

/// The workspace a request names, if any.
let private workspaceOf (request: ResourceRequest) =
    match request with
    | ResourceRequest.Workspace w
    | ResourceRequest.WorkspaceUpdate(w, _)
    | ResourceRequest.WorkspaceStatistics w
    | ResourceRequest.WorkspaceConstraints w
    | ResourceRequest.ProjectList(w, _, _)
    | ResourceRequest.Project(w, _)
    | ResourceRequest.ProjectCreate(w, _)
    | ResourceRequest.ProjectUpdate(w, _, _)
    | ResourceRequest.ProjectDelete(w, _)
    | ResourceRequest.TaskList(w, _, _)
    | ResourceRequest.Task(w, _, _)
    | ResourceRequest.TaskCreate(w, _, _)
    | ResourceRequest.TaskUpdate(w, _, _, _)
    | ResourceRequest.TaskDelete(w, _, _)
    | ResourceRequest.TagList w
    | ResourceRequest.TagCreate(w, _)
    | ResourceRequest.TagUpdate(w, _, _)
    | ResourceRequest.TagDelete(w, _)
    | ResourceRequest.ClientList(w, _)
    | ResourceRequest.Client(w, _)
    | ResourceRequest.ClientCreate(w, _)
    | ResourceRequest.ClientUpdate(w, _, _)
    | ResourceRequest.ClientArchive(w, _)
    | ResourceRequest.ClientRestore(w, _)
    | ResourceRequest.ClientDelete(w, _) -> Some w
    | _ -> None

let private flag (value: bool) = if value then "true" else "false"

let requests =
    testList
        "resource requests"
        [
            testPropertyWithConfig
                { FsCheckConfig.defaultConfig with
                    maxTest = 500
                }
                "every request's path is relative, and its bucket is its workspace's or the user's"
            <| Prop.forAll (Arb.fromGen genRequest) (fun request ->
                let http = ResourceRequests.toHttp request

                let scopeOk =
                    match workspaceOf request, ResourceRequests.scope http with
                    | Some w, QuotaScope.Workspace scoped -> w = scoped
                    | None, QuotaScope.User -> true
                    | _ -> false

                not (http.Path.StartsWith "/") && not (http.Path.Contains "?") && scopeOk)

            testProperty "a project listing's query parses back to its filter, page and 200 a page"
            <| Prop.forAll (Arb.fromGen (Gen.zip3 genId genProjectFilter genPage)) (fun (w, filter, page) ->
                let http = ResourceRequests.toHttp (ResourceRequest.ProjectList(w, filter, page))
                let query = parse http.Query

                let expected =
                    [
                        "active", (filter.Active |> Option.map flag |> Option.defaultValue "both")
                        match filter.Since with
                        | Some since -> "since", string (since.ToUnixTimeSeconds())
                        | None -> ()
                        if not filter.ClientIds.IsEmpty then
                            "client_ids", String.Join(",", filter.ClientIds)
                        match filter.Name with
                        | Some name -> "name", name
                        | None -> ()
                        match filter.Billable with
                        | Some billable -> "billable", flag billable
                        | None -> ()
                        "page", string page
                        "per_page", "200"
                    ]

                http.Method = HttpMethod.Get
                && http.Path = $"workspaces/{w}/projects"
                && http.Body = None
                && query = expected)

            testProperty "a task listing is GET workspaces/{wid}/tasks with its filter as a query"
            <| Prop.forAll (Arb.fromGen (Gen.zip3 genId genTaskFilter genPage)) (fun (w, filter, page) ->
                let http = ResourceRequests.toHttp (ResourceRequest.TaskList(w, filter, page))
                let query = parse http.Query |> Map.ofList

                http.Path = $"workspaces/{w}/tasks"
                && query.TryFind "project_id" = (filter.ProjectId |> Option.map string)
                && query["active"] = (filter.Active |> Option.map flag |> Option.defaultValue "both")
                && query.TryFind "since" = (filter.Since |> Option.map (fun s -> string (s.ToUnixTimeSeconds())))
                && query["page"] = string page
                && query["per_page"] = "200")

            testProperty "a client listing sends its status and name"
            <| Prop.forAll (Arb.fromGen (Gen.zip genId genClientFilter)) (fun (w, filter) ->
                let http = ResourceRequests.toHttp (ResourceRequest.ClientList(w, filter))
                let query = parse http.Query |> Map.ofList

                let status =
                    match filter.Status with
                    | ClientStatus.Active -> "active"
                    | ClientStatus.Archived -> "archived"
                    | ClientStatus.Both -> "both"

                query["status"] = status && query.TryFind "name" = filter.Name)

            test "the paths, methods and bodies of Toggl's routes" {
                let check request (method: HttpMethod) path query =
                    let http = ResourceRequests.toHttp request
                    Expect.equal (http.Method, http.Path, http.Query) (method, path, query) $"%A{request}"

                check (ResourceRequest.Me true) HttpMethod.Get "me" "with_related_data=true"
                check (ResourceRequest.Me false) HttpMethod.Get "me" ""
                check ResourceRequest.MeLogged HttpMethod.Get "me/logged" ""
                check ResourceRequest.MeQuota HttpMethod.Get "me/quota" ""
                check ResourceRequest.OrganizationList HttpMethod.Get "me/organizations" ""
                check (ResourceRequest.OrganizationLeave 3L) HttpMethod.Delete "organizations/3/users/leave" ""

                check
                    (ResourceRequest.WorkspaceCreate(3L, ResourceBody.workspace))
                    HttpMethod.Post
                    "organizations/3/workspaces"
                    ""

                check (ResourceRequest.WorkspaceConstraints 4L) HttpMethod.Get "workspaces/4/time_entry_constraints" ""
                check (ResourceRequest.Task(1L, 2L, 3L)) HttpMethod.Get "workspaces/1/projects/2/tasks/3" ""

                check
                    (ResourceRequest.TaskCreate(1L, 2L, ResourceBody.task))
                    HttpMethod.Post
                    "workspaces/1/projects/2/tasks"
                    ""

                check (ResourceRequest.ProjectDelete(1L, 2L)) HttpMethod.Delete "workspaces/1/projects/2" ""
                check (ResourceRequest.ClientArchive(1L, 2L)) HttpMethod.Post "workspaces/1/clients/2/archive" ""
                check (ResourceRequest.ClientRestore(1L, 2L)) HttpMethod.Post "workspaces/1/clients/2/restore" ""

                let create =
                    ResourceRequests.toHttp (
                        ResourceRequest.ClientCreate(
                            7L,
                            { ResourceBody.client with
                                Name = Field.Set "ACME"
                            }
                        )
                    )

                Expect.equal create.Body (Some """{"name":"ACME","wid":7}""") "a client's body names its workspace"
            }

            test "user-scoped and workspace-scoped buckets, time entries too" {
                let scope path =
                    ResourceRequests.scope
                        {
                            Api = TogglApi.Track
                            Method = HttpMethod.Get
                            Path = path
                            Query = ""
                            Body = None
                        }

                Expect.equal (scope "me/time_entries") QuotaScope.User "me"
                Expect.equal (scope "organizations/3") QuotaScope.User "organizations"
                Expect.equal (scope "workspaces/12/time_entries/5") (QuotaScope.Workspace 12L) "a workspace's"
                Expect.equal (scope "workspaces/12") (QuotaScope.Workspace 12L) "the workspace itself"
                Expect.equal (scope "workspaces/x") QuotaScope.User "not a workspace id"
            }
        ]

let private refused (request: ResourceRequest) =
    match ResourceValidation.validate request with
    | Error(TogglError.Validation error) -> error
    | other -> failtest $"expected {request} to be refused, got %A{other}"

let validation =
    testList
        "resource validation"
        [
            testProperty "a request with a non-positive id is refused naming the id"
            <| Prop.forAll (Arb.fromGen (Gen.zip (Gen.choose (Int32.MinValue, 0)) genId)) (fun (bad, good) ->
                let bad = int64 bad

                ValidationError.parameter (refused (ResourceRequest.Project(good, bad))) = "project_id"
                && ValidationError.parameter (refused (ResourceRequest.Project(bad, good))) = "workspace_id"
                && ValidationError.parameter (refused (ResourceRequest.TagDelete(good, bad))) = "tag_id"
                && ValidationError.parameter (refused (ResourceRequest.ClientArchive(good, bad))) = "client_id")

            testProperty "every generated request with positive ids and a page from 1 validates, bodies aside"
            <| Prop.forAll (Arb.fromGen genRequest) (fun request ->
                match request, ResourceValidation.validate request with
                // Empty bodies: a create without a name and an update without a field are refused on purpose.
                | (ResourceRequest.MeUpdate _ | ResourceRequest.WorkspaceCreate _ | ResourceRequest.WorkspaceUpdate _ | ResourceRequest.ProjectCreate _ | ResourceRequest.ProjectUpdate _ | ResourceRequest.TaskCreate _ | ResourceRequest.TaskUpdate _ | ResourceRequest.ClientCreate _ | ResourceRequest.ClientUpdate _),
                  _ -> true
                | ResourceRequest.OrganizationCreate(name, workspaceName), result ->
                    result.IsOk = not (String.IsNullOrWhiteSpace name || String.IsNullOrWhiteSpace workspaceName)
                | _, result -> result.IsOk)

            test "a create without a name, or blanking a name, is a naming error" {
                let missing = refused (ResourceRequest.ProjectCreate(1L, ResourceBody.project))
                Expect.equal (ValidationError.kind missing) ValidationKind.Naming "naming"
                Expect.equal (ValidationError.parameter missing) "name" "names the name"

                Expect.equal
                    (refused (
                        ResourceRequest.ClientUpdate(
                            1L,
                            2L,
                            { ResourceBody.client with
                                Name = Field.Set "  "
                            }
                        )
                    ))
                    (ValidationError.MissingName("name", "A client"))
                    "blank"

                Expect.equal
                    (refused (ResourceRequest.TagUpdate(1L, 2L, { Name = Field.Clear })))
                    (ValidationError.MissingName("name", "A tag"))
                    "cleared"

                Expect.equal
                    (ValidationError.parameter (refused (ResourceRequest.OrganizationCreate("Org", " "))))
                    "workspace_name"
                    "an organization's first workspace needs a name"
            }

            test "an update that sets nothing is refused" {
                Expect.equal
                    (refused (ResourceRequest.ProjectUpdate(1L, 2L, ResourceBody.project)))
                    ValidationError.NothingToEdit
                    "project"

                Expect.equal (refused (ResourceRequest.MeUpdate ResourceBody.me)) ValidationError.NothingToEdit "me"

                Expect.equal
                    (refused (ResourceRequest.TaskUpdate(1L, 2L, 3L, ResourceBody.task)))
                    ValidationError.NothingToEdit
                    "task"

                Expect.isOk
                    (ResourceValidation.validate (
                        ResourceRequest.ProjectUpdate(
                            1L,
                            2L,
                            { ResourceBody.project with
                                Color = Field.Clear
                            }
                        )
                    ))
                    "clearing a field is an edit"
            }

            test "a colour is #rrggbb; a basic colour's name is pointed at its hex" {
                let named name =
                    { ResourceBody.project with
                        Name = Field.Set "P"
                        Color = Field.Set name
                    }

                Expect.isOk (ResourceValidation.validate (ResourceRequest.ProjectCreate(1L, named "#0B83D9"))) "hex"

                match refused (ResourceRequest.ProjectCreate(1L, named "blue")) with
                | ValidationError.InvalidArgument("color", reason) ->
                    Expect.stringContains reason "#0b83d9" "the hex of blue"
                | other -> failtest $"%A{other}"

                Expect.equal
                    (ValidationError.parameter (refused (ResourceRequest.ProjectCreate(1L, named "#12345"))))
                    "color"
                    "five digits"
            }

            test "the user's e-mail and time zone cannot be cleared; a project's currency can, but not blanked" {
                Expect.equal
                    (ValidationError.parameter (
                        refused (
                            ResourceRequest.MeUpdate
                                { ResourceBody.me with
                                    Email = Field.Clear
                                }
                        )
                    ))
                    "email"
                    "e-mail cleared"

                Expect.equal
                    (ValidationError.parameter (
                        refused (
                            ResourceRequest.MeUpdate
                                { ResourceBody.me with
                                    Timezone = Field.Set " "
                                }
                        )
                    ))
                    "timezone"
                    "time zone blank"

                Expect.isOk
                    (ResourceValidation.validate (
                        ResourceRequest.ProjectUpdate(
                            1L,
                            2L,
                            { ResourceBody.project with
                                Currency = Field.Clear
                            }
                        )
                    ))
                    "currency cleared"

                Expect.equal
                    (ValidationError.parameter (
                        refused (
                            ResourceRequest.ProjectUpdate(
                                1L,
                                2L,
                                { ResourceBody.project with
                                    Currency = Field.Set ""
                                }
                            )
                        )
                    ))
                    "currency"
                    "currency blank"
            }

            test "a project ending before it starts is a date error" {
                let body =
                    { ResourceBody.project with
                        Name = Field.Set "P"
                        StartDate = Field.Set(DateOnly(2025, 3, 2))
                        EndDate = Field.Set(DateOnly(2025, 3, 1))
                    }

                let error = refused (ResourceRequest.ProjectCreate(1L, body))
                Expect.equal (ValidationError.kind error) ValidationKind.DateTime "date"
                Expect.equal (ValidationError.parameter error) "end_date" "names the end"

                Expect.isOk
                    (ResourceValidation.validate (
                        ResourceRequest.ProjectCreate(
                            1L,
                            { body with
                                EndDate = Field.Set(DateOnly(2025, 3, 2))
                            }
                        )
                    ))
                    "a one-day project"
            }

            test "ranges: page, beginning of week, rounding, estimates, rates" {
                let parameterOf request =
                    ValidationError.parameter (refused request)

                Expect.equal
                    (parameterOf (ResourceRequest.ProjectList(1L, ResourceBody.allProjects, 0)))
                    "page"
                    "page 0"

                Expect.equal
                    (parameterOf (
                        ResourceRequest.MeUpdate
                            { ResourceBody.me with
                                BeginningOfWeek = Field.Set 7
                            }
                    ))
                    "beginning_of_week"
                    "day 7"

                Expect.equal
                    (parameterOf (
                        ResourceRequest.WorkspaceUpdate(
                            1L,
                            { ResourceBody.workspace with
                                Rounding = Field.Set 2
                            }
                        )
                    ))
                    "rounding"
                    "rounding 2"

                Expect.equal
                    (parameterOf (
                        ResourceRequest.TaskCreate(
                            1L,
                            2L,
                            { ResourceBody.task with
                                Name = Field.Set "T"
                                EstimatedSeconds = Field.Set -1L
                            }
                        )
                    ))
                    "estimated_seconds"
                    "a negative estimate"

                Expect.equal
                    (parameterOf (
                        ResourceRequest.ProjectUpdate(
                            1L,
                            2L,
                            { ResourceBody.project with
                                Rate = Field.Set -1m
                            }
                        )
                    ))
                    "rate"
                    "a negative rate"

                Expect.equal
                    (parameterOf (
                        ResourceRequest.ProjectList(
                            1L,
                            { ResourceBody.allProjects with
                                ClientIds = [ 3L; 0L ]
                            },
                            1
                        )
                    ))
                    "client_ids"
                    "a client id of 0"

                Expect.isTrue
                    (refused (ResourceRequest.ProjectList(1L, ResourceBody.allProjects, 0))).IsOutOfRange
                    "an out-of-range argument"
            }
        ]

let colors =
    testList
        "project colours"
        [
            test "Toggl's 14 basic colours, each a distinct #rrggbb" {
                Expect.equal ProjectColor.all.Length 14 "fourteen"
                Expect.isTrue (ProjectColor.all |> List.forall (snd >> ProjectColor.isHex)) "all hex"
                Expect.equal (ProjectColor.all |> List.map snd |> List.distinct |> List.length) 14 "distinct"
                Expect.equal (ProjectColor.tryParse "Dark-Blue") (Some "#465bb3") "a name, any case"
                Expect.equal (ProjectColor.tryParse " gray ") (Some "#525266") "spaces"
                Expect.equal (ProjectColor.tryParse "#ABCDEF") (Some "#abcdef") "any hex, lower-cased"
                Expect.equal (ProjectColor.tryParse "mauve") None "not a basic colour"
                Expect.equal (ProjectColor.tryParse Unchecked.defaultof<string>) None "null from C#"
            }

            testProperty "tryParse gives a #rrggbb or nothing, never throws"
            <| Prop.forAll (Arb.fromGen genText) (fun text ->
                match ProjectColor.tryParse text with
                | Some hex -> ProjectColor.isHex hex && hex = hex.ToLowerInvariant()
                | None -> true)
        ]

let tests =
    testList "resource requests, validation and colours" [ requests; validation; colors ]
