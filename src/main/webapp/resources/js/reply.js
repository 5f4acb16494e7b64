// The thread's one reply form, moved under the post whose "Reply" link was followed, without
// loading the page again. Without this script the link loads the page with the form set to that
// post (?replyTo=), so the page works the same, only with a reload.
(function () {
  var box = document.getElementById('reply-box');
  var form = document.getElementById('reply');
  if (!box || !form) {
    return;
  }
  var heading = document.getElementById('reply-heading');
  document.addEventListener('click', function (event) {
    var link = event.target.closest ? event.target.closest('a.reply-link') : null;
    if (!link || event.ctrlKey || event.metaKey || event.shiftKey) {
      return;
    }
    var post = link.closest('article.post');
    if (!post) {
      return;
    }
    event.preventDefault();
    // the form posts to the address the link names, so the page answers that post
    form.setAttribute('action', link.href.split('#')[0]);
    var author = post.querySelector('.author');
    heading.textContent = post.classList.contains('opening') || !author
      ? 'Reply to the update'
      : 'Reply to ' + author.textContent;
    var context = document.getElementById('reply-context');
    if (context) {
      context.hidden = true;
    }
    var instead = document.getElementById('reply-to-update');
    if (instead) {
      instead.parentNode.hidden = true;
    }
    post.insertAdjacentElement('afterend', box);
    var body = document.getElementById('reply:body');
    if (body) {
      body.focus();
    }
  });
})();
