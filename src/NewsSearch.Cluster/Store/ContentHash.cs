using System.Security.Cryptography;
using System.Text;
using NewsSearch.Core.Articles;

namespace NewsSearch.Cluster.Store;

/// <summary>
/// SHA-256 of everything an article shows (not its sequence number): the same article written twice has the same
/// hash, so the store keeps one version of it. Each field is length-prefixed, so no two articles share an encoding.
/// </summary>
public static class ContentHash
{
    public static byte[] Of(Article article)
    {
        var text = new StringBuilder();
        foreach (var field in new[]
                 {
                     article.Id, article.Source, article.Published?.ToUnixTimeMilliseconds().ToString(), article.PublishedText,
                     article.Title, article.Body, article.Url, article.Abstract,
                 })
            text.Append(field is null ? "-1:" : $"{field.Length}:{field}");
        return SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()));
    }
}
