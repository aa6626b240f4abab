module Toggl.Core.Tests.ResourceJsonTests

open System
open System.Text.Json
open Expecto
open FsCheck
open FsCheck.FSharp
open Toggl.Core
open Toggl.Core.Tests.JsonTests

/// Generators of every resource model: texts as people type them, decimals with up to four fraction digits
/// (rates), instants at every tick in any offset (the cache keeps every tick, in UTC).
module ResourceGen =

    let text = genText

    let optionOf (generator: Gen<'T>) = Gen.optionOf generator

    let decimal =
        gen {
            let! units = Gen.choose (0, 1_000_000)
            let! scale = Gen.choose (0, 4)
            return Decimal(units, 0, 0, false, byte scale)
        }

    let day =
        Gen.choose (0, 40_000) |> Gen.map (fun d -> DateOnly(2000, 1, 1).AddDays d)

    let small = Gen.choose (0, 100_000) |> Gen.map int64

    let me =
        gen {
            let! id = genId
            let! email = text
            let! fullname = optionOf text
            let! timezone = optionOf text
            let! defaultWorkspaceId = optionOf genId
            let! beginningOfWeek = Gen.choose (0, 6)
            let! imageUrl = optionOf text
            let! at = optionOf genInstant

            return
                TogglResource.Me
                    {
                        Id = id
                        Email = email
                        Fullname = fullname
                        Timezone = timezone
                        DefaultWorkspaceId = defaultWorkspaceId
                        BeginningOfWeek = beginningOfWeek
                        ImageUrl = imageUrl
                        At = at
                    }
        }

    let workspace =
        gen {
            let! id = genId
            let! organizationId = optionOf genId
            let! name = text
            let! flags = Gen.listOfLength 5 (ArbMap.defaults |> ArbMap.generate<bool>)
            let! role = optionOf text
            let! rate = optionOf decimal
            let! currency = optionOf text
            let! rounding = Gen.choose (-1, 1)
            let! roundingMinutes = Gen.choose (0, 60)
            let! at = optionOf genInstant
            let! required = Gen.listOfLength 5 (ArbMap.defaults |> ArbMap.generate<bool>)

            let! constraints =
                optionOf (
                    Gen.constant
                        {
                            Enabled = required[0]
                            DescriptionPresent = required[1]
                            ProjectPresent = required[2]
                            TagPresent = required[3]
                            TaskPresent = required[4]
                        }
                )

            return
                TogglResource.Workspace
                    {
                        Id = id
                        OrganizationId = organizationId
                        Name = name
                        Premium = flags[0]
                        Admin = flags[1]
                        Role = role
                        DefaultHourlyRate = rate
                        DefaultCurrency = currency
                        Rounding = rounding
                        RoundingMinutes = roundingMinutes
                        OnlyAdminsMayCreateProjects = flags[2]
                        OnlyAdminsMayCreateTags = flags[3]
                        ProjectsBillableByDefault = flags[4]
                        TimeEntryConstraints = constraints
                        At = at
                    }
        }

    let organization =
        gen {
            let! id = genId
            let! name = text
            let! planId = optionOf genId
            let! planName = optionOf text
            let! admin = ArbMap.defaults |> ArbMap.generate<bool>
            let! owner = ArbMap.defaults |> ArbMap.generate<bool>
            let! users = optionOf (Gen.choose (0, 5000))
            let! at = optionOf genInstant
            let! deletedAt = optionOf genInstant

            return
                TogglResource.Organization
                    {
                        Id = id
                        Name = name
                        PricingPlanId = planId
                        PricingPlanName = planName
                        Admin = admin
                        Owner = owner
                        UserCount = users
                        At = at
                        ServerDeletedAt = deletedAt
                    }
        }

    let project =
        gen {
            let! id = genId
            let! workspaceId = genId
            let! name = text
            let! clientId = optionOf genId
            let! color = optionOf (Gen.elements (ProjectColor.all |> List.map snd))
            let! flags = Gen.listOfLength 3 (ArbMap.defaults |> ArbMap.generate<bool>)
            let! billable = optionOf (ArbMap.defaults |> ArbMap.generate<bool>)
            let! estimated = optionOf small
            let! actual = optionOf small
            let! rate = optionOf decimal
            let! currency = optionOf text
            let! startDate = optionOf day
            let! endDate = optionOf day
            let! at = optionOf genInstant
            let! deletedAt = optionOf genInstant

            return
                TogglResource.Project
                    {
                        Id = id
                        WorkspaceId = workspaceId
                        Name = name
                        ClientId = clientId
                        Color = color
                        Active = flags[0]
                        IsPrivate = flags[1]
                        Billable = billable
                        Template = flags[2]
                        EstimatedHours = estimated
                        ActualSeconds = actual
                        Rate = rate
                        Currency = currency
                        StartDate = startDate
                        EndDate = endDate
                        At = at
                        ServerDeletedAt = deletedAt
                    }
        }

    let task =
        gen {
            let! id = genId
            let! workspaceId = genId
            let! projectId = genId
            let! name = text
            let! active = ArbMap.defaults |> ArbMap.generate<bool>
            let! estimated = optionOf small
            let! tracked = small
            let! userId = optionOf genId
            let! at = optionOf genInstant
            let! deletedAt = optionOf genInstant

            return
                TogglResource.Task
                    {
                        Id = id
                        WorkspaceId = workspaceId
                        ProjectId = projectId
                        Name = name
                        Active = active
                        EstimatedSeconds = estimated
                        TrackedSeconds = tracked
                        UserId = userId
                        At = at
                        ServerDeletedAt = deletedAt
                    }
        }

    let tag =
        gen {
            let! id = genId
            let! workspaceId = genId
            let! name = text
            let! creatorId = optionOf genId
            let! at = optionOf genInstant
            let! deletedAt = optionOf genInstant

            return
                TogglResource.Tag
                    {
                        Id = id
                        WorkspaceId = workspaceId
                        Name = name
                        CreatorId = creatorId
                        At = at
                        DeletedAt = deletedAt
                    }
        }

    let client =
        gen {
            let! id = genId
            let! workspaceId = genId
            let! name = text
            let! archived = ArbMap.defaults |> ArbMap.generate<bool>
            let! notes = optionOf text
            let! creatorId = optionOf genId
            let! at = optionOf genInstant

            return
                TogglResource.Client
                    {
                        Id = id
                        WorkspaceId = workspaceId
                        Name = name
                        Archived = archived
                        Notes = notes
                        CreatorId = creatorId
                        At = at
                    }
        }

    /// A resource of any kind, every kind equally often.
    let resource = Gen.oneof [ me; workspace; organization; project; task; tag; client ]

/// The root of a JSON text, for looking at what an encoder wrote.
let private root (json: string) =
    JsonDocument.Parse(json).RootElement.Clone()

/// The same instants, every one in UTC: the cache must not keep a caller's offset.
let private instantsInUtc (resource: TogglResource) =
    let utc (value: DateTimeOffset option) =
        value |> Option.forall (fun v -> v.Offset = TimeSpan.Zero)

    match resource with
    | TogglResource.Me me -> utc me.At
    | TogglResource.Workspace w -> utc w.At
    | TogglResource.Organization o -> utc o.At && utc o.ServerDeletedAt
    | TogglResource.Project p -> utc p.At && utc p.ServerDeletedAt
    | TogglResource.Task t -> utc t.At && utc t.ServerDeletedAt
    | TogglResource.Tag t -> utc t.At && utc t.DeletedAt
    | TogglResource.Client c -> utc c.At

/// Toggl's real answers (docs/toggl-api.md §8, the sandbox's key sets), with every field Toggl adds.
let private realProject =
    """{"id":202,"workspace_id":2230580,"client_id":null,"name":"Website","is_private":true,"active":true,"at":"2024-05-16T12:40:29+00:00","created_at":"2024-05-16T12:40:29+00:00","server_deleted_at":null,"color":"#0b83d9","billable":null,"template":null,"auto_estimates":null,"estimated_hours":null,"estimated_seconds":null,"rate":12.5,"rate_last_updated":null,"currency":"EUR","recurring":false,"template_id":null,"recurring_parameters":null,"current_period":null,"fixed_fee":null,"actual_hours":0,"actual_seconds":90,"start_date":"2024-05-16","end_date":null,"status":"active","wid":2230580,"cid":null,"pinned":false,"can_track_time":true,"permissions":null}"""

let private realClient =
    """{"id":7,"wid":2230580,"archived":false,"name":"ACME","at":"2024-03-17T10:55:38+00:00","creator_id":2166261,"notes":null,"permissions":null}"""

let private realMe =
    """{"id":2166261,"api_token":"secret-token","email":"me@example.com","fullname":"Marco","timezone":"Europe/Rome","toggl_accounts_id":"x","default_workspace_id":2230580,"beginning_of_week":1,"image_url":"https://x/p.png","created_at":"2024-12-16T01:38:02.034497Z","updated_at":"2024-12-16T01:38:02.034497Z","openid_email":null,"openid_enabled":false,"country_id":null,"has_password":true,"at":"2024-12-16T02:24:56.5667Z","intercom_hash":"0","oauth_providers":["email"],"authorization_updated_at":"2024-12-16T01:38:02.034497Z"}"""

let decoding =
    testList
        "decoding Toggl's answers"
        [
            test "a real project: legacy fields ignored, nulls as None, a decimal rate, a date, a +00:00 timestamp" {
                match ResourceJson.decodeOne ResourceKind.Project realProject with
                | Ok(TogglResource.Project p) ->
                    Expect.equal p.Id 202L "id"
                    Expect.equal p.WorkspaceId 2230580L "workspace"
                    Expect.equal p.ClientId None "no client"
                    Expect.equal p.Billable None "billable null"
                    Expect.isFalse p.Template "template null is not a template"
                    Expect.equal p.Rate (Some 12.5m) "rate"
                    Expect.equal p.StartDate (Some(DateOnly(2024, 5, 16))) "start date"
                    Expect.equal p.ActualSeconds (Some 90L) "actual seconds"
                    Expect.equal p.At (Some(utc "2024-05-16T12:40:29Z")) "at"
                | other -> failtest $"expected a project, got %A{other}"
            }

            test "a project with only the legacy wid and cid" {
                match ResourceJson.decodeOne ResourceKind.Project """{"id":1,"wid":5,"cid":9,"name":"P"}""" with
                | Ok(TogglResource.Project p) ->
                    Expect.equal (p.WorkspaceId, p.ClientId, p.Active) (5L, Some 9L, true) "legacy names, active"
                | other -> failtest $"expected a project, got %A{other}"
            }

            test "a project's date that is not a date names the field and quotes the text" {
                match
                    ResourceJson.decodeOne
                        ResourceKind.Project
                        """{"id":1,"wid":5,"name":"P","start_date":"16/05/2024"}"""
                with
                | Error e ->
                    Expect.equal e.Path "$.start_date" "the field"
                    Expect.stringContains e.Message "\"16/05/2024\"" "the text"
                | Ok other -> failtest $"expected an error, got %A{other}"
            }

            test "a project without a workspace is an error naming workspace_id" {
                ResourceJson.decodeOne ResourceKind.Project """{"id":1,"name":"P"}"""
                |> expectDecodeError "$.workspace_id"
            }

            test "a real client (wid, not workspace_id)" {
                match ResourceJson.decodeOne ResourceKind.Client realClient with
                | Ok(TogglResource.Client c) ->
                    Expect.equal (c.WorkspaceId, c.Name, c.Archived, c.Notes) (2230580L, "ACME", false, None) "client"
                | other -> failtest $"expected a client, got %A{other}"
            }

            test "the user: nano timestamps, no token anywhere in what is decoded or cached" {
                match ResourceJson.decodeOne ResourceKind.Me realMe with
                | Ok(TogglResource.Me me as resource) ->
                    Expect.equal me.At (Some(utc "2024-12-16T02:24:56.5667Z")) "at"
                    Expect.equal me.DefaultWorkspaceId (Some 2230580L) "default workspace"
                    let cached = ResourceJson.toCached resource
                    Expect.isFalse (cached.Json.Contains "secret-token") "the cache never holds the token"
                    Expect.equal cached.Name "me@example.com" "Me is named by its e-mail"
                | other -> failtest $"expected the user, got %A{other}"
            }

            test "a listing of null is empty; a non-array is an error" {
                Expect.equal (ResourceJson.decodeList ResourceKind.Tag "null") (Ok []) "null"
                ResourceJson.decodeList ResourceKind.Tag "{}" |> expectDecodeError "$"
            }

            test "an item of a listing that is wrong names its index" {
                ResourceJson.decodeList ResourceKind.Tag """[{"id":1,"workspace_id":2,"name":"a"},{"id":"x"}]"""
                |> expectDecodeError "$[1].id"
            }

            test "related data: absent and null arrays are empty" {
                match ResourceJson.decodeRelated (realMe.TrimEnd('}') + ""","tags":null,"projects":[]}""") with
                | Ok related ->
                    Expect.equal related.Me.Id 2166261L "the user"
                    Expect.isEmpty related.Tags "null tags"
                    Expect.isEmpty related.Clients "absent clients"
                    Expect.isEmpty related.Workspaces "absent workspaces"
                | Error e -> failtest $"{e}"
            }

            test "related data with every array" {
                let json =
                    realMe.TrimEnd('}')
                    + $""","clients":[{realClient}],"projects":[{realProject}],"tasks":[{{"id":3,"workspace_id":1,"project_id":202,"name":"T","active":false,"tracked_seconds":5}}],"tags":[{{"id":4,"workspace_id":1,"name":"x","at":"2024-12-16T02:24:56.5667Z"}}],"workspaces":[{{"id":1,"name":"W","organization_id":8}}]}}"""

                match ResourceJson.decodeRelated json with
                | Ok related ->
                    Expect.equal
                        (related.Clients.Length,
                         related.Projects.Length,
                         related.Tasks.Length,
                         related.Tags.Length,
                         related.Workspaces.Length)
                        (1, 1, 1, 1, 1)
                        "one of each"

                    Expect.isFalse related.Tasks[0].Active "a done task"
                | Error e -> failtest $"{e}"
            }

            test "the quota: the organization's bucket and the user's (organization_id null)" {
                let json =
                    """[{"organization_id":8,"remaining":59,"resets_in_secs":3000,"total":60},{"organization_id":null,"remaining":-2,"resets_in_secs":10,"total":30}]"""

                Expect.equal
                    (ResourceJson.decodeQuota json)
                    (Ok
                        [
                            {
                                OrganizationId = Some 8L
                                Remaining = 59
                                ResetsInSeconds = 3000
                                Total = 60
                            }
                            {
                                OrganizationId = None
                                Remaining = -2
                                ResetsInSeconds = 10
                                Total = 30
                            }
                        ])
                    "both buckets"
            }

            test "statistics count the admins' array; constraints read time_entry_constraints_enabled" {
                Expect.equal
                    (ResourceJson.decodeStatistics
                        """{"admins":[{"user_id":1,"name":"a"},{"user_id":2,"name":"b"}],"groups_count":3,"members_count":4}""")
                    (Ok { Admins = 2; Groups = 3; Members = 4 })
                    "statistics"

                Expect.equal
                    (ResourceJson.decodeConstraints
                        """{"description_present":true,"project_present":false,"tag_present":true,"task_present":false,"time_entry_constraints_enabled":true}""")
                    (Ok
                        {
                            Enabled = true
                            DescriptionPresent = true
                            ProjectPresent = false
                            TagPresent = true
                            TaskPresent = false
                        })
                    "constraints"
            }

            test "a created organization" {
                Expect.equal
                    (ResourceJson.decodeCreatedOrganization
                        """{"id":8,"name":"Org","workspace_id":9,"workspace_name":"WS"}""")
                    (Ok
                        {
                            Id = 8L
                            Name = "Org"
                            WorkspaceId = 9L
                            WorkspaceName = "WS"
                        })
                    "created"
            }

            test "a client archive's answer: ids, or nothing for an empty body or null" {
                Expect.equal (ResourceJson.decodeArchivedProjectIds "[3,4]") (Ok [ 3L; 4L ]) "ids"
                Expect.equal (ResourceJson.decodeArchivedProjectIds "") (Ok []) "empty body"
                Expect.equal (ResourceJson.decodeArchivedProjectIds "null") (Ok []) "null"
                ResourceJson.decodeArchivedProjectIds "<html>" |> expectDecodeError "$"
            }

            test "a page of projects decodes with the one project decoder" {
                match ResourceJson.decodeProjects $"[{realProject}]" with
                | Ok [ p ] -> Expect.equal (p.WorkspaceId, p.Rate) (2230580L, Some 12.5m) "every field, not a subset"
                | other -> failtest $"expected one project, got %A{other}"
            }
        ]

let cached =
    testList
        "the cache's rows"
        [
            testPropertyWithConfig
                { FsCheckConfig.defaultConfig with
                    maxTest = 500
                }
                "ofCached (toCached r) = Ok r for every kind, instants in UTC"
            <| Prop.forAll (Arb.fromGen ResourceGen.resource) (fun resource ->
                match ResourceJson.ofCached (ResourceJson.toCached resource) with
                | Ok back -> back = resource && instantsInUtc back
                | Error _ -> false)

            testProperty "the row's kind and id are the resource's"
            <| Prop.forAll (Arb.fromGen ResourceGen.resource) (fun resource ->
                let row = ResourceJson.toCached resource
                row.Kind = ResourceJson.kindOf resource && row.Id = ResourceJson.idOf resource)

            test "the row's workspace, parent, name and activity per kind" {
                let at = Some(utc "2024-05-16T12:40:29Z")

                let project =
                    TogglResource.Project
                        {
                            Id = 1L
                            WorkspaceId = 2L
                            Name = "P"
                            ClientId = Some 3L
                            Color = None
                            Active = false
                            IsPrivate = false
                            Billable = None
                            Template = false
                            EstimatedHours = None
                            ActualSeconds = None
                            Rate = None
                            Currency = None
                            StartDate = None
                            EndDate = None
                            At = at
                            ServerDeletedAt = None
                        }

                let row = ResourceJson.toCached project

                Expect.equal
                    (row.WorkspaceId, row.ParentId, row.Name, row.Active, row.At)
                    (Some 2L, Some 3L, "P", false, at)
                    "a project hangs from its client"

                let client =
                    ResourceJson.toCached (
                        TogglResource.Client
                            {
                                Id = 4L
                                WorkspaceId = 2L
                                Name = "C"
                                Archived = true
                                Notes = None
                                CreatorId = None
                                At = None
                            }
                    )

                Expect.equal (client.WorkspaceId, client.ParentId, client.Active) (Some 2L, None, false) "archived"

                let workspace =
                    match
                        ResourceJson.decodeOne ResourceKind.Workspace """{"id":9,"name":"W","organization_id":8}"""
                    with
                    | Ok w -> ResourceJson.toCached w
                    | Error e -> failtest $"{e}"

                Expect.equal
                    (workspace.WorkspaceId, workspace.ParentId, workspace.Active)
                    (None, Some 8L, true)
                    "a workspace hangs from its organization"

                let tag =
                    ResourceJson.toCached (
                        TogglResource.Tag
                            {
                                Id = 5L
                                WorkspaceId = 2L
                                Name = "t"
                                CreatorId = None
                                At = None
                                DeletedAt = at
                            }
                    )

                Expect.isFalse tag.Active "a deleted tag is not active"
            }

            test "a row whose JSON is not its kind is a decode error, not an exception" {
                let row =
                    { ResourceJson.toCached (
                          TogglResource.Tag
                              {
                                  Id = 5L
                                  WorkspaceId = 2L
                                  Name = "t"
                                  CreatorId = None
                                  At = None
                                  DeletedAt = None
                              }
                      ) with
                        Json = "{}"
                    }

                ResourceJson.ofCached row |> expectDecodeError "$.id"
            }
        ]

/// A body field as its JSON should be: absent (`Unset`), `null` (`Clear`) or the raw value.
let private expectField (body: JsonElement) (name: string) (expected: Field<string>) =
    let mutable value = Unchecked.defaultof<JsonElement>

    match expected, body.TryGetProperty(name, &value) with
    | Field.Unset, present -> not present
    | Field.Clear, true -> value.ValueKind = JsonValueKind.Null
    | Field.Set raw, true -> value.GetRawText() = raw
    | _, false -> false

/// The raw JSON a value should be written as.
let private raw (write: Utf8JsonWriter -> unit) =
    Encode.toText (fun writer ->
        write writer
        writer.Flush())

let private rawString (value: string) = raw (fun w -> w.WriteStringValue value)
let private rawNumber (value: int64) = raw (fun w -> w.WriteNumberValue value)
let private rawDecimal (value: decimal) = raw (fun w -> w.WriteNumberValue value)
let private rawBool (value: bool) = if value then "true" else "false"

let private rawDay (value: DateOnly) =
    "\"" + value.ToString("yyyy-MM-dd") + "\""

let private mapField (f: 'T -> string) (field: Field<'T>) =
    match field with
    | Field.Unset -> Field.Unset
    | Field.Clear -> Field.Clear
    | Field.Set v -> Field.Set(f v)

/// Whether `json` has exactly the fields of `expected` (each absent, null or its value) and no other.
let private hasExactly (expected: (string * Field<string>) list) (json: string) =
    let body = root json

    let names = body.EnumerateObject() |> Seq.map (fun p -> p.Name) |> Set.ofSeq

    let sent =
        expected
        |> List.filter (fun (_, f) -> f <> Field.Unset)
        |> List.map fst
        |> Set.ofList

    names = sent
    && expected |> List.forall (fun (name, f) -> expectField body name f)

let private genField (generator: Gen<'T>) =
    Gen.frequency
        [
            2, Gen.constant Field.Unset
            1, Gen.constant Field.Clear
            3, Gen.map Field.Set generator
        ]

let private genBool = ArbMap.defaults |> ArbMap.generate<bool>

let bodies =
    testList
        "bodies"
        [
            testProperty "a project body sends every set field with its value, clears with null, and nothing else"
            <| Prop.forAll
                (Arb.fromGen (
                    gen {
                        let! name = genField genText
                        let! clientId = genField genId
                        let! color = genField genText
                        let! flags = Gen.listOfLength 4 (genField genBool)
                        let! rate = genField ResourceGen.decimal
                        let! currency = genField genText
                        let! hours = genField ResourceGen.small
                        let! startDate = genField ResourceGen.day
                        let! endDate = genField ResourceGen.day

                        return
                            {
                                Name = name
                                ClientId = clientId
                                Color = color
                                Active = flags[0]
                                IsPrivate = flags[1]
                                Billable = flags[2]
                                Rate = rate
                                Currency = currency
                                EstimatedHours = hours
                                StartDate = startDate
                                EndDate = endDate
                                Template = flags[3]
                            }
                    }
                ))
                (fun (body: ProjectBody) ->
                    ResourceEncoders.projectBody body
                    |> hasExactly
                        [
                            "name", mapField rawString body.Name
                            "client_id", mapField rawNumber body.ClientId
                            "color", mapField rawString body.Color
                            "active", mapField rawBool body.Active
                            "is_private", mapField rawBool body.IsPrivate
                            "billable", mapField rawBool body.Billable
                            "rate", mapField rawDecimal body.Rate
                            "currency", mapField rawString body.Currency
                            "estimated_hours", mapField rawNumber body.EstimatedHours
                            "start_date", mapField rawDay body.StartDate
                            "end_date", mapField rawDay body.EndDate
                            "template", mapField rawBool body.Template
                        ])

            testProperty "a workspace body sends exactly its set and cleared fields"
            <| Prop.forAll
                (Arb.fromGen (
                    gen {
                        let! name = genField genText
                        let! currency = genField genText
                        let! rate = genField ResourceGen.decimal
                        let! rounding = genField (Gen.choose (-1, 1))
                        let! minutes = genField (Gen.choose (0, 60))
                        let! flags = Gen.listOfLength 3 (genField genBool)

                        return
                            {
                                Name = name
                                DefaultCurrency = currency
                                DefaultHourlyRate = rate
                                Rounding = rounding
                                RoundingMinutes = minutes
                                OnlyAdminsMayCreateProjects = flags[0]
                                OnlyAdminsMayCreateTags = flags[1]
                                ProjectsBillableByDefault = flags[2]
                            }
                    }
                ))
                (fun (body: WorkspaceBody) ->
                    ResourceEncoders.workspaceBody body
                    |> hasExactly
                        [
                            "name", mapField rawString body.Name
                            "default_currency", mapField rawString body.DefaultCurrency
                            "default_hourly_rate", mapField rawDecimal body.DefaultHourlyRate
                            "rounding", mapField (int64 >> rawNumber) body.Rounding
                            "rounding_minutes", mapField (int64 >> rawNumber) body.RoundingMinutes
                            "only_admins_may_create_projects", mapField rawBool body.OnlyAdminsMayCreateProjects
                            "only_admins_may_create_tags", mapField rawBool body.OnlyAdminsMayCreateTags
                            "projects_billable_by_default", mapField rawBool body.ProjectsBillableByDefault
                        ])

            testProperty "a user, task, tag, client and organization body send exactly their set and cleared fields"
            <| Prop.forAll
                (Arb.fromGen (
                    gen {
                        let! texts = Gen.listOfLength 6 (genField genText)
                        let! ids = Gen.listOfLength 3 (genField genId)
                        let! week = genField (Gen.choose (0, 6))
                        let! active = genField genBool
                        let! seconds = genField ResourceGen.small
                        let! workspaceId = genId
                        return texts, ids, week, active, seconds, workspaceId
                    }
                ))
                (fun (texts, ids, week, active, seconds, workspaceId) ->
                    let me: MeBody =
                        {
                            Fullname = texts[0]
                            Email = texts[1]
                            Timezone = texts[2]
                            BeginningOfWeek = week
                            DefaultWorkspaceId = ids[0]
                        }

                    let task: TaskBody =
                        {
                            Name = texts[3]
                            Active = active
                            EstimatedSeconds = seconds
                            UserId = ids[1]
                        }

                    let client: ClientBody = { Name = texts[4]; Notes = texts[5] }

                    hasExactly
                        [
                            "fullname", mapField rawString me.Fullname
                            "email", mapField rawString me.Email
                            "timezone", mapField rawString me.Timezone
                            "beginning_of_week", mapField (int64 >> rawNumber) me.BeginningOfWeek
                            "default_workspace_id", mapField rawNumber me.DefaultWorkspaceId
                        ]
                        (ResourceEncoders.meBody me)
                    && hasExactly
                        [
                            "name", mapField rawString task.Name
                            "active", mapField rawBool task.Active
                            "estimated_seconds", mapField rawNumber task.EstimatedSeconds
                            "user_id", mapField rawNumber task.UserId
                        ]
                        (ResourceEncoders.taskBody task)
                    && hasExactly
                        [ "name", mapField rawString texts[0] ]
                        (ResourceEncoders.tagBody { Name = texts[0] })
                    && hasExactly
                        [ "name", mapField rawString texts[1] ]
                        (ResourceEncoders.organizationBody { Name = texts[1] })
                    && hasExactly
                        [
                            "name", mapField rawString client.Name
                            "notes", mapField rawString client.Notes
                            "wid", Field.Set(rawNumber workspaceId)
                        ]
                        (ResourceEncoders.clientBody workspaceId client))

            test "an organization's create sends its name and its first workspace's" {
                Expect.equal
                    (ResourceEncoders.organizationCreateBody "Org" "WS")
                    """{"name":"Org","workspace_name":"WS"}"""
                    "both names"
            }
        ]

let tests = testList "resource JSON" [ decoding; cached; bodies ]
