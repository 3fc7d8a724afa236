using System.Text.Json;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace OutlookReferralAddin.AddinHost.Tests.Browser;

/// <summary>
/// Issue #21, item 10: words in the pane wrap between words, and an e-mail address only after its @ or before a dot,
/// never mid-word (<c>dpo@opgroeien.b|e</c> read as another address).
/// </summary>
[Collection(BrowserTestGroup.Name)]
public sealed class LineBreakTests(BrowserFixture browser, ITestOutputHelper output)
{
    private const string LongAddress = "maatschappelijk.werker@tessenderlo-ham.be";

    /// <summary>
    /// Every place where a run of text wraps inside itself, as "…before|after…" (read from the layout). A wrap between two
    /// text nodes (another element, an address part after its &lt;wbr&gt;) is between words by construction and not listed.
    /// </summary>
    internal const string LineBreaks = """
        (selector) => JSON.stringify([...document.querySelectorAll(selector)].flatMap(el => {
          const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
          const chars = [];
          let n = 0;
          for (let node; (node = walker.nextNode()); n++) {
            for (let i = 0; i < node.data.length; i++) {
              const range = document.createRange();
              range.setStart(node, i);
              range.setEnd(node, i + 1);
              const rect = range.getClientRects()[0];
              chars.push({ c: node.data[i], n, top: rect ? rect.top : null });
            }
          }
          const text = chars.map(x => x.c).join('');
          const breaks = [];
          let last = null;
          chars.forEach((x, i) => {
            if (x.top === null || /\s/.test(x.c)) return;
            if (last !== null && last.n === x.n && x.top > last.top + 2) breaks.push(text.slice(Math.max(0, i - 15), i) + '|' + text.slice(i, i + 15));
            last = x;
          });
          return breaks;
        }))
        """;

    [Theory]
    [InlineData(320)]
    [InlineData(450)]
    public async Task ComposeRecipients_LongAddress_WrapsOnlyAtAtSignDotOrBetweenWords(int width)
    {
        var pane = new TaskPage(await browser.NewPageAsync(OfficeFake.Compose(LongAddress), width: width));
        var page = pane.Page;
        await pane.OpenAsync(browser.Url($"/taskpane.html?devUser=line-breaks-{width}@opgroeien.be"));
        await pane.FillClientAsync();
        await Assertions.Expect(page.Locator(".compose-recipients .verdict")).Not.ToHaveClassAsync("verdict checking");

        var breaks = JsonSerializer.Deserialize<List<string>>(await page.EvaluateAsync<string>(LineBreaks, ".compose-recipients li, .field-error, .residence, .hint"))!;

        output.WriteLine(await pane.ScreenshotAsync($"taskpane-line-breaks-{width}"));
        output.WriteLine(string.Join(Environment.NewLine, breaks));
        Assert.All(breaks, b => Assert.True(AtBoundary(b), $"broken mid-word: {b}"));
        output.WriteLine(await Axe.AssertNoSeriousAsync(page));
        await page.Context.CloseAsync();
    }

    /// <summary>Between words (a space or a hyphen the text carries), after an @, or before a dot of an address.</summary>
    internal static bool AtBoundary(string at)
    {
        var cut = at.IndexOf('|', StringComparison.Ordinal);
        var before = at[..cut].TrimEnd();
        var after = at[(cut + 1)..];
        return before.Length < at[..cut].Length || before.EndsWith('@') || before.EndsWith('-') || before.EndsWith('/') || after.StartsWith('.');
    }
}
