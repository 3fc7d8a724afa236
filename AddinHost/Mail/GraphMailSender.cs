using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Graph.Me.SendMail;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Identity.Web;
using Microsoft.Kiota.Abstractions;

namespace OutlookReferralAddin.AddinHost.Mail;

/// <summary>
/// Sends through Microsoft Graph <c>POST /me/sendMail</c> as the worker. The HttpClient comes from
/// <see cref="GraphClientFactory"/> (see <see cref="GraphHttpClient"/>) so 429/503 with Retry-After are retried by the SDK.
/// Graph answers 202 without a message id: the reference in the marker header is the correlation.
/// </summary>
internal sealed class GraphMailSender(
    GraphHttpClient http, GraphAuthenticationProvider authentication, IOptions<GraphOptions> graph, IOptions<MailOptions> mailOptions)
    : IReferralMailSender
{
    public async Task<string> SendAsync(ReferralMail mail, CancellationToken cancellationToken)
    {
        using var client = new GraphServiceClient(http.Client, authentication, graph.Value.BaseUrl);
        var body = Body(mail);
        try
        {
            await client.Me.SendMail.PostAsync(body, cancellationToken: cancellationToken);
        }
        catch (MicrosoftIdentityWebChallengeUserException ex)
        {
            throw new MailChallengeException(GraphChallenge.WwwAuthenticate(ex), ex);
        }
        catch (ODataError ex)
        {
            throw new MailSendException($"graph_{ex.ResponseStatusCode}", ex);
        }
        catch (ApiException ex)
        {
            throw new MailSendException($"graph_{ex.ResponseStatusCode}", ex);
        }
        catch (AggregateException ex)
        {
            // Kiota's retry handler gives up with "too many retries"; the last answer's status is the useful fact.
            var inner = ex.Flatten().InnerExceptions;
            var status = inner.OfType<ApiException>().LastOrDefault()?.ResponseStatusCode
                ?? (int?)inner.OfType<HttpRequestException>().LastOrDefault()?.StatusCode ?? 0;
            throw new MailSendException(status > 0 ? $"graph_{status}" : "graph_retries_exhausted", ex);
        }
        catch (TaskCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new MailSendException("graph_timeout", ex);
        }
        catch (HttpRequestException ex)
        {
            throw new MailSendException("graph_unreachable", ex);
        }

        return mail.Reference;
    }

    /// <summary>The request as a send would build it, its body serialized by Kiota; the request adapter never runs.</summary>
    public Task RehearseAsync(ReferralMail mail, CancellationToken cancellationToken)
    {
        using var client = new GraphServiceClient(http.Client, authentication, graph.Value.BaseUrl);
        _ = client.Me.SendMail.ToPostRequestInformation(Body(mail));
        return Task.CompletedTask;
    }

    private SendMailPostRequestBody Body(ReferralMail mail) => new()
    {
        SaveToSentItems = mailOptions.Value.SaveToSentItems,
        Message = new Message
        {
            Subject = mail.Subject,
            Body = new ItemBody { ContentType = BodyType.Text, Content = mail.Body },
            ToRecipients = [new Recipient { EmailAddress = new EmailAddress { Address = mail.Recipient } }],
            InternetMessageHeaders = [new InternetMessageHeader { Name = ReferralMail.MarkerHeader, Value = mail.Reference }],
            Attachments = mail.Attachment is null ? null :
            [
                new FileAttachment
                {
                    OdataType = "#microsoft.graph.fileAttachment",
                    Name = mail.AttachmentName,
                    ContentType = ReferralMail.AttachmentContentType,
                    ContentBytes = mail.Attachment,
                },
            ],
        },
    };
}
