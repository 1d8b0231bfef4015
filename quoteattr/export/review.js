// quoteattr review page: click a speaker, its quotes stay bright and the others dim; click
// again to clear. Works on every review block of the page (a notebook may hold several).
(function(){
document.querySelectorAll('.qa-review:not([data-qa-ready])').forEach(function(root){
  root.setAttribute('data-qa-ready','');
  var buttons=root.querySelectorAll('.qa-who');
  buttons.forEach(function(button){
    button.addEventListener('click',function(){
      var who=button.getAttribute('data-who');
      var on=button.getAttribute('aria-pressed')!=='true';
      buttons.forEach(function(b){b.setAttribute('aria-pressed','false');});
      root.querySelectorAll('.qa-q').forEach(function(q){
        var mine=q.getAttribute('data-who')===who||q.classList.contains('qa-'+who);
        q.classList.toggle('qa-dim',on&&!mine);
        q.classList.toggle('qa-lit',on&&mine);
      });
      if(on){
        button.setAttribute('aria-pressed','true');
        var first=root.querySelector('.qa-lit');
        if(first&&first.scrollIntoView){first.scrollIntoView({block:'center',behavior:'smooth'});}
      }
    });
  });
});
})();
