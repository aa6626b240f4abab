namespace Toggl.Core

open System.Threading
open System.Threading.Tasks

/// Sends one HTTP request and classifies the answer, as a function: for tests and stand-ins.
type Send = HttpRequest -> CancellationToken -> Task<Result<HttpResponse, TogglError>>

/// Sends one HTTP request and classifies the answer: the HTTP interpreter (`TogglHttp`), or any stand-in.
/// An interface, so an endpoint calls the interpreter directly, with no adapter in between.
type ISend =
    /// Sends the request; a failure of the network or the server is a `TogglError`, never an exception.
    abstract Send: request: HttpRequest * cancellationToken: CancellationToken -> Task<Result<HttpResponse, TogglError>>

/// Senders.
[<RequireQualifiedAccess>]
module Send =

    /// A sender calling a function (a test's stand-in for the HTTP interpreter).
    let ofFunction (send: Send) : ISend =
        { new ISend with
            member _.Send(request, cancellationToken) = send request cancellationToken
        }
