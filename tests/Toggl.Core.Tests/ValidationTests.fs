module Toggl.Core.Tests.ValidationTests

open System
open Expecto
open FsCheck
open FsCheck.FSharp
open Toggl.Core

/// 2025-05-15 10:30 UTC: the floor of start_date is then 2025-02-15.
let now = DateTimeOffset(2025, 5, 15, 10, 30, 0, TimeSpan.Zero)

let day (year: int) (month: int) (dayOfMonth: int) =
    DateBound.Day(DateOnly(year, month, dayOfMonth))

let instant (text: string) =
    DateBound.Instant(DateTimeOffset.Parse text)

let range startDate endDate =
    { CollectFilter.none with
        StartDate = Some startDate
        EndDate = Some endDate
    }

let expectError (expected: ValidationError) (result: Result<'T, ValidationError>) =
    match result with
    | Error actual -> Expect.equal actual expected "the validation error"
    | Ok _ -> failtest $"expected {expected}, got Ok"

/// A bound within ±200 days of `now`: a Day, or an Instant written in some offset from −12:00 to +14:00.
let genBound (anchor: DateTimeOffset) =
    gen {
        let! seconds = Gen.choose (-200 * 86400, 200 * 86400)
        let! isDay = Gen.elements [ true; false ]
        let! offsetQuarters = Gen.choose (-48, 56)
        let at = anchor.AddSeconds(float seconds)

        if isDay then
            return DateBound.Day(DateOnly.FromDateTime(at.UtcDateTime))
        else
            return DateBound.Instant(at.ToOffset(TimeSpan.FromMinutes(float (offsetQuarters * 15))))
    }

/// `Some` with the given chance in ten, so that every rule of `collect` is reached often.
let sometimes (tenths: int) (values: Gen<'T>) =
    Gen.frequency [ tenths, Gen.map Some values; 10 - tenths, Gen.constant None ]

let genFilter (anchor: DateTimeOffset) =
    gen {
        let! since = sometimes 2 (Gen.map (fun (s: int) -> anchor.AddSeconds(float s)) (Gen.choose (-86400 * 60, 0)))
        let! before = sometimes 2 (genBound anchor)
        let! startDate = sometimes 8 (genBound anchor)
        let! otherEnd = sometimes 8 (genBound anchor)
        let! sameAsStart = Gen.frequency [ 1, Gen.constant true; 5, Gen.constant false ]
        // Ranges that end where they start are legal and sit right on the rule's boundary.
        let endDate =
            if sameAsStart && startDate.IsSome then
                startDate
            else
                otherEnd

        let! meta = Gen.elements [ true; false ]

        return
            {
                Since = since
                Before = before
                StartDate = startDate
                EndDate = endDate
                Meta = meta
            }
    }

let genNow =
    Gen.choose (0, 3 * 365 * 86400)
    |> Gen.map (fun s -> DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero).AddSeconds(float s))

/// The rules of docs/toggl-api.md §6.1 restated on ticks, independently of Validation's code.
let model (now: DateTimeOffset) (filter: CollectFilter) =
    let ticks bound =
        match bound with
        | DateBound.Day d -> DateTime(d.Year, d.Month, d.Day, 0, 0, 0, DateTimeKind.Utc).Ticks
        | DateBound.Instant i -> i.UtcTicks

    let today = now.UtcDateTime.Date
    let floor = today.AddMonths(-3)
    let cursor = filter.Since.IsSome || filter.Before.IsSome
    let ranged = filter.StartDate.IsSome || filter.EndDate.IsSome

    if filter.Since.IsSome && filter.Before.IsSome then
        "since+before"
    elif cursor && ranged then
        "cursor+range"
    else
        match filter.StartDate, filter.EndDate with
        | Some _, None
        | None, Some _ -> "one-sided"
        | Some s, Some e when ticks e < ticks s -> "end<start"
        | Some s, Some _ when ticks s > now.UtcTicks -> "future"
        | Some s, Some _ when ticks s < floor.Ticks -> "too old"
        | _ -> "ok"

let verdict (result: Result<CollectFilter, ValidationError>) =
    match result with
    | Ok _ -> "ok"
    | Error ValidationError.SinceWithBefore -> "since+before"
    | Error ValidationError.CursorWithRange -> "cursor+range"
    | Error(ValidationError.OneSidedRange _) -> "one-sided"
    | Error(ValidationError.EndBeforeStart _) -> "end<start"
    | Error(ValidationError.StartDateInFuture _) -> "future"
    | Error(ValidationError.StartDateTooOld _) -> "too old"
    | Error other -> $"unexpected {other}"

let genBody =
    let field (values: Gen<'V>) =
        Gen.oneof [ Gen.constant Field.Unset; Gen.constant Field.Clear; Gen.map Field.Set values ]

    let time =
        Gen.choose (0, 1_000_000_000)
        |> Gen.map (fun s -> DateTimeOffset.UnixEpoch.AddSeconds(float s))

    gen {
        let! description = field (Gen.elements [ "Inbox Zero"; ""; "  "; "123" ])
        let! duration = field (Gen.choose (-1, 100000) |> Gen.map int64)
        let! projectId = field (Gen.choose (1, 1000) |> Gen.map int64)
        let! start = field time
        let! stop = field time
        let! billable = field (Gen.elements [ true; false ])
        let! tags = field (Gen.elements [ []; [ "a" ]; [ "a"; "b" ] ])

        return
            { TrackerBody.empty with
                Description = description
                Duration = duration
                ProjectId = projectId
                Start = start
                Stop = stop
                Billable = billable
                Tags = tags
            }
    }

let examples =
    testList
        "examples"
        [
            test "add refuses a body without a description, as the Python library's NamingError" {
                let result = Validation.add TrackerBody.empty
                expectError ValidationError.MissingDescription result

                Expect.equal
                    (ValidationError.kind ValidationError.MissingDescription)
                    ValidationKind.Naming
                    "a naming error"
            }

            test "add refuses a blank or cleared description" {
                expectError
                    ValidationError.MissingDescription
                    (Validation.add
                        { TrackerBody.empty with
                            Description = Field.Set "  \t"
                        })

                expectError
                    ValidationError.MissingDescription
                    (Validation.add
                        { TrackerBody.empty with
                            Description = Field.Clear
                        })
            }

            test "add accepts a described body and returns it unchanged" {
                let body =
                    { TrackerBody.empty with
                        Description = Field.Set "Inbox Zero"
                        Tags = Field.Set [ "mail" ]
                    }

                Expect.equal (Validation.add body) (Ok body) "the same body"
            }

            test "collect refuses an end_date before the start_date and names both dates" {
                let startDate = day 2025 5 10
                let endDate = day 2025 5 9
                let result = Validation.collect now (range startDate endDate)
                expectError (ValidationError.EndBeforeStart(startDate, endDate)) result

                let message =
                    ValidationError.message (ValidationError.EndBeforeStart(startDate, endDate))

                Expect.stringContains message "end_date 2025-05-09 is before start_date 2025-05-10" "the message"
            }

            test "collect accepts a range that ends where it starts" {
                let filter = range (day 2025 5 10) (day 2025 5 10)
                Expect.equal (Validation.collect now filter) (Ok filter) "an empty range is not reversed"

                let sameInstant =
                    range (instant "2025-05-10T12:00:00+02:00") (instant "2025-05-10T10:00:00Z")

                Expect.equal (Validation.collect now sameInstant) (Ok sameInstant) "the same instant in two offsets"
            }

            test "collect refuses a start_date in the future and says so, not the opposite" {
                let startDate = instant "2025-05-15T10:30:01Z"
                let result = Validation.collect now (range startDate (day 2025 5 20))
                expectError (ValidationError.StartDateInFuture(startDate, now)) result

                let message =
                    ValidationError.message (ValidationError.StartDateInFuture(startDate, now))

                Expect.stringContains message "is in the future" "says future"
                Expect.stringContains message "must not be later than now" "says how to fix it"
            }

            test "collect accepts a start_date of today given as a plain date" {
                let filter = range (day 2025 5 15) (day 2025 5 16)
                Expect.equal (Validation.collect now filter) (Ok filter) "today's date starts before now"
            }

            test "collect refuses a start_date without end_date, naming end_date" {
                let filter =
                    { CollectFilter.none with
                        StartDate = Some(day 2025 5 1)
                    }

                expectError (ValidationError.OneSidedRange "end_date") (Validation.collect now filter)

                Expect.equal
                    (ValidationError.parameter (ValidationError.OneSidedRange "end_date"))
                    "end_date"
                    "parameter"
            }

            test "collect refuses an end_date without start_date, naming start_date" {
                let filter =
                    { CollectFilter.none with
                        EndDate = Some(day 2025 5 1)
                    }

                expectError (ValidationError.OneSidedRange "start_date") (Validation.collect now filter)
            }

            test "collect refuses since together with before (Toggl answers 400)" {
                let filter =
                    { CollectFilter.none with
                        Since = Some(now.AddDays -1.0)
                        Before = Some(day 2025 5 1)
                    }

                expectError ValidationError.SinceWithBefore (Validation.collect now filter)
            }

            test "collect refuses since or before together with a range" {
                let withRange = range (day 2025 5 1) (day 2025 5 2)

                expectError
                    ValidationError.CursorWithRange
                    (Validation.collect
                        now
                        { withRange with
                            Since = Some(now.AddDays -1.0)
                        })

                expectError
                    ValidationError.CursorWithRange
                    (Validation.collect
                        now
                        { withRange with
                            Before = Some(day 2025 5 3)
                        })
            }

            test "collect refuses a start_date older than three calendar months and names the floor" {
                let startDate = day 2025 2 14
                let result = Validation.collect now (range startDate (day 2025 3 1))
                expectError (ValidationError.StartDateTooOld(startDate, DateOnly(2025, 2, 15))) result

                Expect.stringContains
                    (ValidationError.message (ValidationError.StartDateTooOld(startDate, DateOnly(2025, 2, 15))))
                    "must not be earlier than 2025-02-15"
                    "Toggl's wording of the floor"
            }

            test "collect accepts a start_date exactly on the floor" {
                let filter = range (day 2025 2 15) (day 2025 3 1)
                Expect.equal (Validation.collect now filter) (Ok filter) "the floor itself is allowed"
            }

            test "the floor of the 31st of May is the last day of February" {
                let endOfMay = DateTimeOffset(2025, 5, 31, 12, 0, 0, TimeSpan.Zero)
                Expect.equal (Validation.startDateFloor endOfMay) (DateOnly(2025, 2, 28)) "clamped to February's end"
                let leapYear = DateTimeOffset(2024, 5, 31, 12, 0, 0, TimeSpan.Zero)
                Expect.equal (Validation.startDateFloor leapYear) (DateOnly(2024, 2, 29)) "a leap year's February"
            }

            test "the floor uses the UTC date of now, not the date in now's offset" {
                // 2025-05-16T01:00+03:00 is still the 15th in UTC.
                let late = DateTimeOffset(2025, 5, 16, 1, 0, 0, TimeSpan.FromHours 3.0)
                Expect.equal (Validation.startDateFloor late) (DateOnly(2025, 2, 15)) "floor from 2025-05-15"
            }

            test "an instant with an offset is converted before comparing with a plain date" {
                // 2025-05-10T01:00+03:00 = 2025-05-09T22:00Z, which is after the start of 2025-05-09 (UTC):
                // relabelling the offset as UTC would wrongly accept end 2025-05-09 below.
                let startDate = instant "2025-05-10T01:00:00+03:00"
                let endDate = day 2025 5 9

                expectError
                    (ValidationError.EndBeforeStart(startDate, endDate))
                    (Validation.collect now (range startDate endDate))

                let earlier = instant "2025-05-09T01:00:00+03:00"
                Expect.isOk (Validation.collect now (range earlier endDate)) "2025-05-08T22:00Z starts before the 9th"
            }

            test "trackerId refuses zero and negative ids and accepts positive ones" {
                expectError (ValidationError.InvalidId 0L) (Validation.trackerId 0L)
                expectError (ValidationError.InvalidId -5L) (Validation.trackerId -5L)
                Expect.equal (Validation.trackerId 3731531776L) (Ok 3731531776L) "a 2024 id"
            }

            test "bulkEdit refuses no ids, a bad id, and a body that sets nothing" {
                let body =
                    { TrackerBody.empty with
                        Billable = Field.Set true
                    }

                expectError ValidationError.NoIds (Validation.bulkEdit [] body)
                expectError (ValidationError.InvalidId -1L) (Validation.bulkEdit [ 1L; -1L ] body)

                expectError
                    ValidationError.NothingToEdit
                    (Validation.bulkEdit
                        [ 1L ]
                        { TrackerBody.empty with
                            TagAction = Some TagAction.Add
                            CreatedWith = Some "me"
                        })

                Expect.equal (Validation.bulkEdit [ 1L; 2L ] body) (Ok([ 1L; 2L ], body)) "accepted"
            }

            test "forAdd starts a running entry now when the body has no start, stop or duration" {
                let body =
                    { TrackerBody.empty with
                        Description = Field.Set "Inbox Zero"
                    }

                let prepared = Body.forAdd now body
                Expect.equal prepared.Start (Field.Set now) "start = now"
                Expect.equal prepared.Duration (Field.Set -1L) "running"
                Expect.equal body.Start Field.Unset "the caller's body is untouched"
            }

            test "forAdd keeps a given duration or stop and never adds a duration of -1 then" {
                let start = now.AddHours -2.0

                let logged =
                    { TrackerBody.empty with
                        Start = Field.Set start
                        Duration = Field.Set 3600L
                    }

                Expect.equal (Body.forAdd now logged) logged "a logged entry is untouched"

                let stopped =
                    { TrackerBody.empty with
                        Start = Field.Set start
                        Stop = Field.Set(now.AddHours -1.0)
                    }

                Expect.equal (Body.forAdd now stopped) stopped "a stopped entry is untouched"
            }
        ]

let properties =
    testList
        "properties"
        [
            testPropertyWithConfig
                { FsCheckConfig.defaultConfig with
                    maxTest = 2000
                }
                "collect accepts a filter exactly when the rules of docs/toggl-api.md §6.1 hold"
            <| Prop.forAll
                (Arb.fromGen (genNow |> Gen.bind (fun n -> genFilter n |> Gen.map (fun f -> n, f))))
                (fun (now, filter) -> verdict (Validation.collect now filter) = model now filter)

            testProperty "collect returns an accepted filter unchanged"
            <| Prop.forAll (Arb.fromGen (genFilter now)) (fun filter ->
                match Validation.collect now filter with
                | Ok accepted -> accepted = filter
                | Error _ -> true)

            testProperty "collect's verdict does not depend on the offset an instant is written in"
            <| Prop.forAll
                (Arb.fromGen (Gen.zip3 (genFilter now) (Gen.choose (-48, 56)) (Gen.choose (-48, 56))))
                (fun (filter, first, second) ->
                    let shift (minutes: int) bound =
                        match bound with
                        | DateBound.Instant i ->
                            DateBound.Instant(i.ToOffset(TimeSpan.FromMinutes(float (minutes * 15))))
                        | DateBound.Day _ -> bound

                    let rewrite minutes =
                        { filter with
                            StartDate = Option.map (shift minutes) filter.StartDate
                            EndDate = Option.map (shift minutes) filter.EndDate
                            Before = Option.map (shift minutes) filter.Before
                        }

                    verdict (Validation.collect now (rewrite first)) = verdict (
                        Validation.collect now (rewrite second)
                    ))

            testProperty "forAdd always sets a start and runs exactly when neither stop nor duration was given"
            <| Prop.forAll (Arb.fromGen genBody) (fun body ->
                let prepared = Body.forAdd now body

                let hasStart =
                    match prepared.Start with
                    | Field.Set _ -> true
                    | _ -> false

                let noStop =
                    match body.Stop with
                    | Field.Set _ -> false
                    | _ -> true

                let expectedDuration =
                    if noStop && body.Duration = Field.Unset then
                        Field.Set -1L
                    else
                        body.Duration

                hasStart
                && prepared.Duration = expectedDuration
                && { prepared with
                       Start = body.Start
                       Duration = body.Duration
                   } = body)

            testProperty "bulkEdit accepts exactly non-empty positive ids with a body that changes something"
            <| Prop.forAll
                (Arb.fromGen (Gen.zip (Gen.listOf (Gen.choose (-3, 50) |> Gen.map int64)) genBody))
                (fun (ids, body) ->
                    let changes =
                        [
                            Field.isSent body.Description
                            Field.isSent body.Duration
                            Field.isSent body.ProjectId
                            Field.isSent body.Start
                            Field.isSent body.Stop
                            Field.isSent body.Billable
                            Field.isSent body.Tags
                        ]
                        |> List.contains true

                    let expected = not ids.IsEmpty && List.forall (fun id -> id > 0L) ids && changes
                    Result.isOk (Validation.bulkEdit ids body) = expected)
        ]

/// Validation of bodies, collect filters, ids and bulk edits.
let tests = testList "ValidationTests" [ examples; properties ]
